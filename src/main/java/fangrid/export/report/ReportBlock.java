package fangrid.export.report;

import java.io.IOException;

/**
 * One section of the one-page report: a small class that knows its figures, how tall it is at a width, and how to
 * draw itself. {@link OnePageReport} places the blocks; a new section is a new block in the session's list.
 */
public interface ReportBlock {
    /** The height in points the block takes at {@code width} (text is measured in the canvas's font). */
    float height(ReportCanvas canvas, float width) throws IOException;

    /** Draws the block with its top left corner at ({@code x}, {@code top}), points from the page's top left. */
    void draw(ReportCanvas canvas, float x, float top, float width) throws IOException;
}
