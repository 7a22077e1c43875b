package fangrid.domain;

/** A product's role in the catalog (本製品 / モニター / その他); stored by {@link #code()}. */
public enum ProductRole {
    MAIN(0), TRIAL(1), OTHER(2);

    private final int code;

    ProductRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Parses 本製品 / モニター / その他 or main / trial / monitor / other; null if unknown. */
    public static ProductRole parse(String text) {
        String key = Labels.normalize(text);
        switch (key) {
            case "本製品", "main", "メイン", "本品":
                return MAIN;
            case "モニター", "trial", "monitor", "お試し", "トライアル":
                return TRIAL;
            case "その他", "other", "others":
                return OTHER;
            default:
                return null;
        }
    }
}
