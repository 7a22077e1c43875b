package fangrid.importer.write;

import fangrid.domain.ColumnMapping;
import fangrid.domain.Field;
import fangrid.domain.ProductRole;
import fangrid.domain.SkipReason;
import fangrid.importer.parse.ValueParsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Stores the product catalog: product code → role and category; a later import replaces a code's entry. */
final class CatalogWriter extends RowWriter {
    CatalogWriter(Connection c, ColumnMapping mapping, List<String> header, long importId) throws SQLException {
        super(c, "MERGE INTO product(product_code, product_name, role, category, import_id) KEY(product_code)"
                + " VALUES (?, ?, ?, ?, ?)", mapping, header, importId);
    }

    @Override
    SkipReason write(String[] cells) throws BadRowException, SQLException {
        String code = code(cells, Field.PRODUCT_CODE);
        if (code == null) {
            return SkipReason.NO_PRODUCT_CODE;
        }
        String roleText = raw(cells, Field.ROLE);
        ProductRole role = ProductRole.parse(roleText);
        if (role == null) {
            throw new BadRowException(columnName(Field.ROLE), "not a product role (本製品 / モニター / その他): \""
                    + (roleText == null ? "" : roleText) + "\"");
        }
        statement.setString(1, code);
        statement.setString(2, raw(cells, Field.PRODUCT_NAME));
        statement.setInt(3, role.code());
        statement.setString(4, raw(cells, Field.CATEGORY));
        statement.setLong(5, importId);
        addBatch();
        return null;
    }
}
