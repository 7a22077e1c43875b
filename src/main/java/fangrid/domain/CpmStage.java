package fangrid.domain;

import java.util.Locale;

/** The five stages of LTV-Lab's customer portfolio management (CPM), from a first purchase to a loyal customer. */
public enum CpmStage {
    FIRST("first", "初回", "First-time"),
    BUDDING("budding", "よちよち", "Budding"),
    STEADY("steady", "コツコツ", "Steady"),
    TRENDY("trendy", "流行", "Trendy"),
    LOYAL("loyal", "優良", "Loyal");

    private final String id;
    private final String japanese;
    private final String english;

    CpmStage(String id, String japanese, String english) {
        this.id = id;
        this.japanese = japanese;
        this.english = english;
    }

    /** The name in CSV files and the CLI. */
    public String id() {
        return id;
    }

    public String label(Locale locale) {
        return Labels.isJapanese(locale) ? japanese : english;
    }
}
