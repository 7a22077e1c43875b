package fangrid.ui.common;

/** A view whose selected cells can be carried to another view, by drag and drop or by a menu command. */
@FunctionalInterface
public interface GroupSource {
    /** The selected cells as a payload, or null when nothing is selected. */
    GroupDrag.Payload selectedPayload();
}
