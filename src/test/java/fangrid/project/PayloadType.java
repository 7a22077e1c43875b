package fangrid.project;

/**
 * A class a hostile project file names in H2's registry of stored data types: H2 makes one with its no-argument
 * constructor while it opens the file, which here writes the payload's file.
 */
public class PayloadType {
    public PayloadType() {
        PayloadTrigger.touch();
    }
}
