package fangrid.ui.detail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The file name an export proposes: the group's name as segment detail shows it and the analysis date, e.g.
 * {@code R1F1+R1F2_2011-12-10.csv} or {@code 最近の初回購入者_2011-12-10.xlsx}, made safe to save on Windows,
 * macOS and Linux.
 */
final class ExportFileName {
    /** What no file name may hold on one of the three systems: path separators, Windows' reserved characters, controls. */
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]+");
    /** The blanks segment detail puts around its operators ("R1F1 + R1F2", "好感度7 × 利用5", "… ∩ …"). */
    private static final Pattern OPERATOR = Pattern.compile("\\s*([+×∩])\\s*");
    /** A name with nothing left of the group's but stand-ins and blanks. */
    private static final Pattern NOTHING = Pattern.compile("[_\\s]*");
    /** Names Windows keeps for devices, whatever the extension. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)");
    /** Far below the 255 bytes Linux and macOS allow (a Japanese character takes three in UTF-8). */
    private static final int MAX_NAME_BYTES = 180;
    private static final String FALLBACK = "customers";

    private ExportFileName() {
    }

    /**
     * @param group     the group's name as shown, e.g. {@code R1F1 + R1F2} or a saved segment's name
     * @param asOf      the analysis date, or null (a project without transactions)
     * @param extension the format's extension without the dot
     */
    static String of(String group, LocalDate asOf, String extension) {
        String name = OPERATOR.matcher(group == null ? "" : group.strip()).replaceAll("$1");
        name = FORBIDDEN.matcher(name).replaceAll("_").replaceAll("\\s+", " ");
        // Windows drops trailing dots and blanks; a leading dot hides the file on macOS and Linux
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        name = shortened(name);
        if (NOTHING.matcher(name).matches()) {
            name = FALLBACK;
        }
        if (RESERVED.matcher(name).matches()) {
            name = name + "_";
        }
        String date = asOf == null ? "" : "_" + asOf;
        return name + date + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The name cut to {@link #MAX_NAME_BYTES} in UTF-8, at a character boundary. */
    private static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int k = 0; k < name.length(); ) {
            int cp = name.codePointAt(k);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_NAME_BYTES) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += n;
            k += Character.charCount(cp);
        }
        return sb.toString().strip();
    }
}
