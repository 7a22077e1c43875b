package fangrid.importer.write;

import fangrid.domain.ColumnMapping;
import fangrid.domain.Favorability;
import fangrid.domain.Field;
import fangrid.domain.SkipReason;
import fangrid.domain.UsageLevel;
import fangrid.importer.parse.ValueParsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Stores survey answers; favorability and usage are read as label or code (DOMAIN.md). */
final class SurveyWriter extends RowWriter {
    private final CustomerKeys customers;

    SurveyWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers)
            throws SQLException {
        super(c, "INSERT INTO survey_answer(import_id, customer_key, answer_date, favorability, usage_level,"
                + " expectation, evaluation, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mapping, header, importId);
        this.customers = customers;
    }

    @Override
    SkipReason write(String[] cells) throws BadRowException, SQLException {
        String id = code(cells, Field.CUSTOMER_ID);
        if (id == null) {
            return SkipReason.NO_CUSTOMER_ID;
        }
        String favText = raw(cells, Field.FAVORABILITY);
        Favorability fav = mapping.readFavorability(favText);
        if (favText != null && fav == null) {
            throw new BadRowException(columnName(Field.FAVORABILITY), "not a favorability answer on the "
                    + mapping.favorabilityScale().id() + " scale: \"" + favText + "\"");
        }
        String usageText = raw(cells, Field.USAGE_LEVEL);
        UsageLevel usage = UsageLevel.parse(usageText);
        if (usageText != null && usage == null) {
            throw new BadRowException(columnName(Field.USAGE_LEVEL), "not a usage level: \"" + usageText + "\"");
        }
        statement.setLong(1, importId);
        statement.setInt(2, customers.keyOf(ValueParsers.id(id), ValueParsers.sourceId(id), importId));
        statement.setObject(3, date(cells, Field.ANSWER_DATE));
        setNullable(statement, 4, fav == null ? null : fav.code(), Types.TINYINT);
        setNullable(statement, 5, usage == null ? null : usage.code(), Types.TINYINT);
        setNullable(statement, 6, smallInt(cells, Field.EXPECTATION, 1, 10), Types.TINYINT);
        setNullable(statement, 7, smallInt(cells, Field.EVALUATION, 1, 10), Types.TINYINT);
        statement.setString(8, raw(cells, Field.COMMENT));
        addBatch();
        return null;
    }
}
