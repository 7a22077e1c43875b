package fangrid.importer.read;

import fangrid.importer.read.CellTextFormatter.NumberFormat;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet part's rows and cells from the SAX events of its XML into a {@link WorkbookRow}, with the values
 * POI's {@code XSSFSheetXMLHandler} gives (see {@link XlsxCellText}) but at a fraction of its cost per cell. A cell's
 * value is its {@code <v>}, or the text of its inline string {@code <is>} (every {@code <t>} in it, runs included);
 * formulas count by their cached result; elements of other namespaces are ignored, as POI ignores them.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private enum Type { NUMBER, SHARED_STRING, INLINE_STRING, FORMULA_STRING, BOOLEAN, ERROR }

    private final WorkbookRow row;
    private final XlsxCellText text;
    private final StringBuilder value = new StringBuilder(64);
    private boolean inValue;
    private boolean inInlineString;
    private int rowIndex;
    private int nextRowIndex;
    private String cellRef;
    private Type type;
    private NumberFormat format;

    XlsxSheetHandler(WorkbookRow row, XlsxCellText text) {
        this.row = row;
        this.text = text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!isSpreadsheetMl(uri)) {
            return;
        }
        if (isValue(localName)) {
            inValue = true;
            if (!inInlineString) {
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            inInlineString = true;
        } else if ("c".equals(localName)) {
            startCell(attributes);
        } else if ("row".equals(localName)) {
            String r = attributes.getValue("r");
            rowIndex = r == null ? nextRowIndex : Integer.parseInt(r) - 1;
        }
    }

    private void startCell(Attributes attributes) {
        cellRef = attributes.getValue("r");
        String t = attributes.getValue("t");
        type = t == null ? Type.NUMBER : switch (t) {
            case "s" -> Type.SHARED_STRING;
            case "inlineStr" -> Type.INLINE_STRING;
            case "str" -> Type.FORMULA_STRING;
            case "b" -> Type.BOOLEAN;
            case "e" -> Type.ERROR;
            default -> Type.NUMBER;
        };
        format = type == Type.NUMBER ? text.format(attributes.getValue("s")) : null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!isSpreadsheetMl(uri)) {
            return;
        }
        if (isValue(localName)) {
            inValue = false;
            if (!inInlineString) {
                endCell();
            }
        } else if ("is".equals(localName)) {
            inInlineString = false;
            endCell();
        } else if ("row".equals(localName)) {
            row.end(rowIndex + 1L);
            nextRowIndex = rowIndex + 1;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    /** The elements whose characters are a cell's value (POI also takes an element named {@code inlineStr}). */
    private boolean isValue(String localName) {
        return "v".equals(localName) || "t".equals(localName) && inInlineString || "inlineStr".equals(localName);
    }

    private void endCell() {
        String stored = value.toString();
        value.setLength(0);
        String cell = switch (type) {
            case NUMBER -> text.number(stored, format);
            case SHARED_STRING -> text.shared(stored);
            case INLINE_STRING -> XlsxCellText.inline(stored);
            case FORMULA_STRING -> stored;
            case BOOLEAN -> stored.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + stored;
        };
        row.set(cellRef == null ? row.width() : column(cellRef), cell == null ? "" : cell);
    }

    /** The column (from 0) of a reference such as {@code AB12}. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            col = col * 26 + ref.charAt(i) - 'A' + 1;
        }
        if (i == 0 || i > 3 || i == ref.length() || ref.charAt(i) < '0' || ref.charAt(i) > '9') {
            return new CellReference(ref).getCol(); // not the plain form: POI's reading
        }
        return col - 1;
    }

    private static boolean isSpreadsheetMl(String uri) {
        return uri == null || uri.equals(XSSFRelation.NS_SPREADSHEETML);
    }
}
