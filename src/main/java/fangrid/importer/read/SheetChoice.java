package fangrid.importer.read;

import fangrid.domain.ImportException;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the sheet to read from a workbook's sheet names, the way Excel names them: case does not matter. */
final class SheetChoice {
    private SheetChoice() {
    }

    /**
     * The index of the sheet named {@code wanted} (exactly, else ignoring case and surrounding blanks),
     * or 0 for the first sheet when {@code wanted} is null.
     *
     * @throws ImportException naming the sheets there are, when there is no such sheet or no sheet at all
     */
    static int pick(String fileName, List<String> names, String wanted) throws ImportException {
        if (names.isEmpty()) {
            throw new ImportException(fileName + " has no sheets.");
        }
        if (wanted == null) {
            return 0;
        }
        int exact = names.indexOf(wanted);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        throw new ImportException(fileName + " has no sheet '" + wanted + "'. Its sheets are: " + list(names)
                + ". Choose one of them (command line: --sheet NAME).");
    }

    static String list(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    /** How a reader names its sheet in {@link TableReader#describe()}. */
    static String describe(List<String> names, int index) {
        return "sheet '" + names.get(index) + "'";
    }
}
