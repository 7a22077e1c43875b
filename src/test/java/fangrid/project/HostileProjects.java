package fangrid.project;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.MetaType;
import org.h2.mvstore.type.StringDataType;

/**
 * FanGrid projects that someone changed with plain H2 to run code on whoever opens them: each kind of object H2 can
 * store that runs code, with a payload that writes a file (the test's stand-in for any harm).
 */
enum HostileProjects {
    /** A linked table connects while the project opens, and its URL's INIT runs SQL in the opener's process. */
    LINKED_TABLE("linked table",
            "CREATE LINKED TABLE client_rates('org.h2.Driver', 'jdbc:h2:mem:client_%2$s;INIT=CALL FILE_WRITE(X''41'', ''%1$s'')',"
                    + " '', '', '(SELECT 1 AS x)')"),
    /** A trigger written as Java source is compiled and made while the project opens. */
    TRIGGER_SOURCE("trigger",
            "CREATE TRIGGER client_audit BEFORE INSERT ON setting AS $$org.h2.api.Trigger create() {"
                    + " try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"%1$s\"), \"x\"); }"
                    + " catch (java.io.IOException e) { }"
                    + " return (c, o, n) -> { }; }$$"),
    /** A trigger naming a class is made while the project opens. */
    TRIGGER_CLASS("trigger",
            "CREATE TRIGGER client_audit BEFORE INSERT ON setting FOR EACH ROW CALL '" + PayloadTrigger.class.getName() + "'"),
    /** A function written as Java source, which a view standing in for a FanGrid table calls when read. */
    ALIAS_SOURCE_IN_VIEW("function",
            "CREATE ALIAS client_name AS $$String clientName() {"
                    + " try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"%1$s\"), \"x\"); }"
                    + " catch (java.io.IOException e) { } return \"ui.language\"; }$$",
            "DROP TABLE setting",
            "CREATE VIEW setting AS SELECT CAST(client_name() AS VARCHAR(100)) AS setting_name,"
                    + " CAST('ja' AS VARCHAR(4000)) AS setting_value"),
    /** A function naming a Java method, which a domain's check calls when FanGrid stores a setting. */
    ALIAS_CLASS_IN_DOMAIN("function",
            "CREATE ALIAS client_check FOR '" + PayloadTrigger.class.getName() + ".touch'",
            "CREATE DOMAIN client_text AS VARCHAR(4000) CHECK (client_check() IS NULL)",
            "ALTER TABLE setting ALTER COLUMN setting_value client_text NOT NULL"),
    /** A domain whose check calls one of H2's own functions that writes files. */
    DOMAIN_CHECK("domain",
            "CREATE DOMAIN client_text AS VARCHAR(4000) CHECK (FILE_WRITE(X'41', '%1$s') > 0)",
            "ALTER TABLE setting ALTER COLUMN setting_value client_text NOT NULL"),
    /** A table's check constraint calling a file-writing function when FanGrid stores a setting. */
    TABLE_CHECK("check",
            "ALTER TABLE setting ADD CONSTRAINT client_rule CHECK (FILE_WRITE(X'41', '%1$s') > 0)"),
    /** A column default calling a file-writing function when FanGrid stores a setting. */
    COLUMN_DEFAULT("default",
            "ALTER TABLE setting ADD COLUMN client_note BIGINT DEFAULT FILE_WRITE(X'41', '%1$s')"),
    /** A view standing in for a FanGrid table, calling a file-writing function when read. */
    VIEW("view",
            "DROP TABLE setting",
            "CREATE VIEW setting AS SELECT CAST('ui.language' AS VARCHAR(100)) AS setting_name,"
                    + " CAST(FILE_WRITE(X'41', '%1$s') AS VARCHAR(4000)) AS setting_value"),
    /** H2's registry of stored data types naming a class, which H2 makes while it opens the file. */
    STORED_TYPE("data type") {
        @Override
        void change(Path file, Path target) {
            try (MVStore mv = new MVStore.Builder().fileName(file.toString()).open()) {
                MVMap<String, Object> types = mv.openMap("_", new MVMap.Builder<String, Object>()
                        .keyType(StringDataType.INSTANCE).valueType(new RawTypeNames()));
                types.put("client", PayloadType.class.getName());
                mv.commit();
            }
        }
    };

    /** Words the refusal names the kind with. */
    final String words;
    private final String[] sql;

    HostileProjects(String words, String... sql) {
        this.words = words;
        this.sql = sql;
    }

    /** A new FanGrid project at {@code file} ({@code .mv.db}), changed to run the payload, which writes {@code target}. */
    Path make(Path file, Path target) throws Exception {
        ProjectSession.createEmpty(file).close();
        change(file, target);
        // building the file ran some payloads already (H2 made the objects): only what happens later counts
        Files.deleteIfExists(target);
        return file;
    }

    void change(Path file, Path target) throws Exception {
        String f = file.toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + f.substring(0, f.length() - ".mv.db".length()));
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(String.format(statement, target, name().toLowerCase()));
            }
        }
    }

    /** Values of H2's type registry as H2 writes them, and a class name written as H2 writes one. */
    private static final class RawTypeNames extends BasicDataType<Object> {
        private final MetaType<Object> meta = new MetaType<>(null, null);

        @Override
        public void write(WriteBuffer buff, Object value) {
            if (value instanceof String className) {
                buff.putVarInt(className.length()).putStringData(className, className.length());
            } else {
                meta.write(buff, (DataType<?>) value);
            }
        }

        @Override
        public Object read(ByteBuffer buff) {
            return meta.read(buff);
        }

        @Override
        public int getMemory(Object obj) {
            return 64;
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
