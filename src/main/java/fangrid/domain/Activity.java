package fangrid.domain;

/** The four communication activities (4つのコミュニケーション活動); the UI shows them by {@link #key()}. */
public enum Activity {
    CONVERT_PROSPECTS(1),
    GROW_NEW_CUSTOMERS(2),
    STOP_AT_RISK(3),
    KEEP_LOYAL(4);

    private final int number;

    Activity(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Resource key of the activity's name, e.g. {@code activity.2}. */
    public String key() {
        return "activity." + number;
    }
}
