package fangrid.importer.read;

/** Ends a workbook read early from inside POI's callbacks, e.g. once the header row is in. */
final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
        super(null, null, false, false);
    }
}
