package fangrid.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL H2 stores for each object of a project, split into words, quoted names, strings, numbers and symbols: enough
 * to tell FanGrid's own tables from anything else without handing the text to H2's parser.
 */
final class SqlTokens {
    /** What a token is. */
    enum Kind { WORD, NAME, STRING, NUMBER, SYMBOL }

    /** One token; a word is upper case, a name or string is given without its quotes. */
    record Token(Kind kind, String text) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word) || kind == Kind.SYMBOL && text.equals(word);
        }
    }

    private SqlTokens() {
    }

    /** The tokens of {@code sql}; an unterminated quote ends the text as a string. */
    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = closing(sql, i + 1, c);
                tokens.add(new Token(c == '"' ? Kind.NAME : Kind.STRING,
                        sql.substring(i + 1, Math.min(end, n)).replace("" + c + c, "" + c)));
                i = end + 1;
            } else if (c == '$' && sql.startsWith("$$", i)) {
                int end = sql.indexOf("$$", i + 2);
                end = end < 0 ? n : end;
                tokens.add(new Token(Kind.STRING, sql.substring(i + 2, end)));
                i = end + 2;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end).toUpperCase(Locale.ROOT)));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the quote that closes a quoted text starting at {@code from}; a doubled quote is part of it. */
    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return sql.length();
    }
}
