package fangrid.store;

import fangrid.store.SqlTokens.Kind;
import fangrid.store.SqlTokens.Token;
import java.util.List;
import java.util.Set;

/**
 * One object of a project file's schema as H2 stores it (a row of its system table: the object's id, kind and the SQL
 * that makes it), and whether FanGrid could have made it. FanGrid makes plain tables of plain columns, their indexes,
 * primary keys and unique constraints, identity sequences, and nothing else: whatever else a file holds may run code
 * when the file is opened or when FanGrid reads or writes a table, and is named by {@link #refusal}.
 */
record StoredObject(int id, int type, String sql) {
    // H2's kinds of object (org.h2.engine.DbObject)
    static final int TABLE_OR_VIEW = 0;
    private static final int INDEX = 1;
    private static final int USER = 2;
    private static final int SEQUENCE = 3;
    private static final int TRIGGER = 4;
    private static final int CONSTRAINT = 5;
    private static final int SETTING = 6;
    private static final int ROLE = 7;
    private static final int RIGHT = 8;
    private static final int FUNCTION_ALIAS = 9;
    private static final int SCHEMA = 10;
    private static final int CONSTANT = 11;
    private static final int DOMAIN = 12;
    private static final int COMMENT = 13;
    private static final int AGGREGATE = 14;
    private static final int SYNONYM = 15;

    private static final Set<String> INDEX_WORDS = Set.of("CREATE", "UNIQUE", "NULLS", "DISTINCT", "NOT", "ALL",
            "PRIMARY", "KEY", "INDEX", "HASH", "ON", "FIRST", "LAST", "ASC", "DESC");
    private static final Set<String> CONSTRAINT_WORDS = Set.of("ALTER", "TABLE", "ADD", "CONSTRAINT", "PRIMARY", "KEY",
            "UNIQUE", "NULLS", "DISTINCT", "NOT", "ALL", "INDEX", "HASH");
    private static final Set<String> USER_WORDS = Set.of("CREATE", "USER", "IF", "NOT", "EXISTS", "SALT", "HASH", "ADMIN");
    private static final Set<String> SEQUENCE_WORDS = Set.of("CREATE", "SEQUENCE", "START", "WITH", "RESTART",
            "INCREMENT", "BY", "MINVALUE", "MAXVALUE", "NO", "CACHE", "CYCLE", "EXHAUSTED", "BELONGS_TO_TABLE", "AS",
            "BIGINT", "INTEGER", "SMALLINT", "TINYINT");
    /** Data types with a size or precision in parentheses, e.g. CHARACTER VARYING(200). */
    private static final Set<String> SIZED = Set.of("CHARACTER", "CHAR", "VARCHAR", "VARYING", "VARCHAR_IGNORECASE",
            "BINARY", "VARBINARY", "OBJECT", "NUMERIC", "DECIMAL", "DECFLOAT", "FLOAT", "TIME", "TIMESTAMP", "ZONE");
    /** What a plain column's definition may say besides its name, sizes, literal defaults and identity sequence. */
    private static final Set<String> COLUMN_WORDS = Set.of(
            "BIGINT", "INTEGER", "INT", "SMALLINT", "TINYINT", "BOOLEAN", "REAL", "DOUBLE", "PRECISION", "FLOAT",
            "NUMERIC", "DECIMAL", "DECFLOAT", "DATE", "TIME", "TIMESTAMP", "WITH", "WITHOUT", "ZONE", "CHARACTER",
            "CHAR", "VARCHAR", "VARYING", "VARCHAR_IGNORECASE", "BINARY", "VARBINARY", "LARGE", "OBJECT", "UUID",
            "NOT", "NULL", "DEFAULT", "TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "LOCALTIMESTAMP",
            "GENERATED", "BY", "ALWAYS", "AS", "IDENTITY", "SEQUENCE", "SELECTIVITY");

    /** What this object is in the user's words when FanGrid never makes one like it, else null. */
    String refusal() {
        List<Token> t = SqlTokens.of(sql);
        return switch (type) {
            case TABLE_OR_VIEW -> table(t);
            case INDEX -> only(t, 0, INDEX_WORDS) ? null : "an index of a kind FanGrid never makes";
            case CONSTRAINT -> constraint(t);
            case SEQUENCE -> sequence(t);
            case USER -> only(t, 0, USER_WORDS) ? null : "a user FanGrid never makes";
            case SETTING -> setting(t);
            case TRIGGER -> "a trigger (code that runs when a table changes)";
            case FUNCTION_ALIAS -> "a user-defined function (code FanGrid would run)";
            case AGGREGATE -> "a user-defined aggregate function (code FanGrid would run)";
            case DOMAIN -> "a domain (a user-defined data type, which may check values with functions)";
            case CONSTANT -> "a user-defined constant";
            case SYNONYM -> "a synonym (another name for a table)";
            case SCHEMA -> "a schema FanGrid never makes";
            case ROLE, RIGHT -> "user roles or access rights";
            case COMMENT -> "a comment on a table or column";
            default -> "an object of a kind FanGrid does not know (H2 kind " + type + ")";
        };
    }

    /** The table's name when this object is a table. */
    String tableName() {
        List<Token> t = SqlTokens.of(sql);
        int i = tableNameAt(t);
        return i < 0 ? null : t.get(i).text();
    }

    /** Where the table's own name is in {@code CREATE CACHED TABLE "PUBLIC"."NAME"(…}, or -1. */
    private int tableNameAt(List<Token> t) {
        if (type != TABLE_OR_VIEW || t.size() < 7 || !t.get(0).is("CREATE") || !t.get(1).is("CACHED")
                || !t.get(2).is("TABLE") || t.get(3).kind() != Kind.NAME || !t.get(4).is(".")
                || t.get(5).kind() != Kind.NAME || !t.get(6).is("(")) {
            return -1;
        }
        return 5;
    }

    private String table(List<Token> t) {
        if (t.stream().anyMatch(w -> w.is("LINKED"))) {
            return "a linked table (a connection to another database, which may run code when it connects)";
        }
        if (t.stream().anyMatch(w -> w.is("VIEW"))) {
            return "a view (a query standing in for a table, which may call functions)";
        }
        int at = tableNameAt(t);
        if (at < 0) {
            return "a table of a kind FanGrid never makes";
        }
        String table = t.get(at).text();
        int i = at + 2;
        while (i < t.size()) {
            if (t.get(i).kind() != Kind.NAME) {
                return "a table FanGrid never makes (" + table + ")";
            }
            String column = t.get(i).text();
            i = plainColumnEnd(t, i + 1);
            if (i < 0) {
                return "a column with a default, computed value, check or type that FanGrid never makes (" + column
                        + " in " + table + ")";
            }
            if (t.get(i).is(")")) {
                return i == t.size() - 1 ? null : "a table FanGrid never makes (" + table + ")";
            }
            i++;
        }
        return "a table FanGrid never makes (" + table + ")";
    }

    /**
     * Where a plain column's definition starting at {@code i} ends (the comma or closing parenthesis after it), or -1
     * when it says anything a plain column does not: a function call, an expression, a domain, a check.
     */
    private static int plainColumnEnd(List<Token> t, int i) {
        while (i < t.size()) {
            Token k = t.get(i);
            Token before = t.get(i - 1);
            if (k.is(",") || k.is(")")) {
                return i;
            } else if (k.is("(") && before.kind() == Kind.WORD && SIZED.contains(before.text())) {
                i = sizeEnd(t, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (k.is("(") && before.is("IDENTITY")) {
                i = sequenceOptionsEnd(t, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (k.is("SEQUENCE") && i + 3 < t.size() && t.get(i + 1).kind() == Kind.NAME
                    && t.get(i + 2).is(".") && t.get(i + 3).kind() == Kind.NAME) {
                i += 3;
            } else if (!(k.kind() == Kind.WORD && COLUMN_WORDS.contains(k.text()) || k.kind() == Kind.NUMBER
                    || k.is("-") && i + 1 < t.size() && t.get(i + 1).kind() == Kind.NUMBER
                    || k.kind() == Kind.STRING && before.is("DEFAULT"))) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The closing parenthesis of a size such as {@code (200)} or {@code (10, 2)}, or -1. */
    private static int sizeEnd(List<Token> t, int i) {
        while (i < t.size() && (t.get(i).kind() == Kind.NUMBER || t.get(i).is(","))) {
            i++;
        }
        return i < t.size() && t.get(i).is(")") ? i : -1;
    }

    /** The closing parenthesis of an identity's options such as {@code (START WITH 1 RESTART WITH 5)}, or -1. */
    private static int sequenceOptionsEnd(List<Token> t, int i) {
        while (i < t.size() && (t.get(i).kind() == Kind.NUMBER || t.get(i).is("-")
                || t.get(i).kind() == Kind.WORD && SEQUENCE_WORDS.contains(t.get(i).text()))) {
            i++;
        }
        return i < t.size() && t.get(i).is(")") ? i : -1;
    }

    private static String constraint(List<Token> t) {
        if (t.stream().anyMatch(w -> w.is("CHECK"))) {
            return "a check constraint (a rule that may call functions when a row is stored)";
        }
        return only(t, 0, CONSTRAINT_WORDS) ? null : "a constraint of a kind FanGrid never makes";
    }

    private static String sequence(List<Token> t) {
        for (Token k : t) {
            boolean plain = k.kind() == Kind.NAME || k.kind() == Kind.NUMBER || k.is(".") || k.is("-")
                    || k.kind() == Kind.WORD && SEQUENCE_WORDS.contains(k.text());
            if (!plain) {
                return "a sequence of a kind FanGrid never makes";
            }
        }
        return null;
    }

    /** Database settings with a number or TRUE/FALSE (e.g. {@code SET CREATE_BUILD 232}); never a class name. */
    private static String setting(List<Token> t) {
        boolean plain = t.size() == 3 && t.get(0).is("SET") && t.get(1).kind() == Kind.WORD
                && (t.get(2).kind() == Kind.NUMBER || t.get(2).is("TRUE") || t.get(2).is("FALSE"));
        return plain ? null : "a database setting FanGrid never makes (" + String.join(" ",
                t.stream().limit(2).map(Token::text).toList()) + ")";
    }

    /** Whether every token from {@code from} on is one of {@code words}, a quoted name or string, or punctuation. */
    private static boolean only(List<Token> t, int from, Set<String> words) {
        for (int i = from; i < t.size(); i++) {
            Token k = t.get(i);
            boolean fits = switch (k.kind()) {
                case WORD -> words.contains(k.text());
                case NAME, STRING -> true;
                case NUMBER -> false;
                case SYMBOL -> k.is("(") || k.is(")") || k.is(",") || k.is(".");
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }
}
