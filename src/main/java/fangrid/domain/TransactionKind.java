package fangrid.domain;

/** What a transaction row records; stored by {@link #code()}. */
public enum TransactionKind {
    ORDER(0), SHIPMENT(1), RETURN(2);

    private final int code;

    TransactionKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
