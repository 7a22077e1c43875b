package fangrid.domain;

import java.util.List;
import java.util.Locale;

/**
 * The fields FanGrid reads from each kind of file, with the header names (Japanese and English) that propose them.
 * {@link #id()} is the name used by {@code --map FIELD=COLUMN}.
 */
public enum Field {
    CUSTOMER_ID(null, true, "顧客ID", "顧客id", "顧客番号", "顧客コード", "会員番号", "会員ID", "会員id", "会員コード",
            "customer_id", "customerid", "customer id", "customer", "client id", "member id"),
    ORDER_ID(DataKind.TRANSACTIONS, false, "受注番号", "注文番号", "注文ID", "伝票番号", "order_id", "orderid", "order id",
            "invoiceno", "invoice no", "invoice", "order number", "order"),
    DATE(DataKind.TRANSACTIONS, true, "受注日時", "受注日", "注文日時", "注文日", "購入日", "購入日時", "売上日", "日付",
            "date", "invoicedate", "invoice date", "order date", "order_date", "purchase date"),
    AMOUNT(DataKind.TRANSACTIONS, false, "小計", "金額", "購入金額", "合計", "合計金額", "売上金額", "売上", "amount",
            "revenue", "sales", "total", "line total", "dollar_value"),
    QUANTITY(DataKind.TRANSACTIONS, false, "数量", "個数", "quantity", "qty", "number_of_cds"),
    UNIT_PRICE(DataKind.TRANSACTIONS, false, "単価", "販売単価", "unitprice", "unit price", "unit_price", "price"),
    PRODUCT_CODE(null, false, "商品コード", "商品番号", "品番", "sku", "stockcode", "stock code", "product_code",
            "product code", "product id"),
    PRODUCT_NAME(null, false, "商品名", "品名", "description", "product_name", "product name", "product"),
    CATEGORY(null, false, "カテゴリ", "カテゴリー", "商品カテゴリ", "ブランド", "category", "brand"),
    KIND(DataKind.TRANSACTIONS, false, "区分", "受注区分", "取引区分", "種別", "kind", "type", "transaction type"),
    CHANNEL(null, false, "流入経路", "販売チャネル", "チャネル", "channel", "source"),
    NAME(DataKind.CUSTOMERS, false, "氏名", "名前", "お名前", "顧客名", "name", "full name", "customer name"),
    EMAIL(DataKind.CUSTOMERS, false, "メールアドレス", "メール", "email", "e-mail", "mail"),
    PHONE(DataKind.CUSTOMERS, false, "電話番号", "電話", "phone", "tel", "telephone"),
    PREFECTURE(DataKind.CUSTOMERS, false, "都道府県", "地域", "prefecture", "region", "state", "country"),
    GENDER(DataKind.CUSTOMERS, false, "性別", "gender", "sex"),
    BIRTH_DATE(DataKind.CUSTOMERS, false, "生年月日", "誕生日", "birth_date", "birthdate", "date of birth"),
    SIGNUP_DATE(DataKind.CUSTOMERS, false, "登録日", "入会日", "会員登録日", "signup_date", "signup date",
            "registration date", "registered"),
    ANSWER_DATE(DataKind.SURVEY, false, "回答日", "回答日時", "answer_date", "answer date", "response date"),
    FAVORABILITY(DataKind.SURVEY, true, "好感度", "favorability", "favourability", "sentiment"),
    USAGE_LEVEL(DataKind.SURVEY, false, "ご利用頻度", "利用頻度", "利用状況", "usage_level", "usage level", "usage"),
    EXPECTATION(DataKind.SURVEY, false, "事前期待", "期待", "expectation"),
    EVALUATION(DataKind.SURVEY, false, "事後評価", "評価", "evaluation"),
    COMMENT(DataKind.SURVEY, false, "コメント", "自由回答", "ご意見", "comment", "comments"),
    ROLE(DataKind.CATALOG, true, "役割", "商品区分", "区分", "role", "product role"),
    // a customer summary's columns (src/main/resources/sql/): each named exactly as the SQL names it
    AS_OF(DataKind.CUSTOMER_SUMMARY, true, "as_of"),
    KNOWN_SINCE(DataKind.CUSTOMER_SUMMARY, true, "known_since"),
    OCCASIONS(DataKind.CUSTOMER_SUMMARY, true, "occasions"),
    FIRST_PURCHASE_DATE(DataKind.CUSTOMER_SUMMARY, true, "first_purchase_date"),
    LAST_PURCHASE_DATE(DataKind.CUSTOMER_SUMMARY, true, "last_purchase_date"),
    NET_SALES(DataKind.CUSTOMER_SUMMARY, true, "net_sales"),
    ITEMS(DataKind.CUSTOMER_SUMMARY, true, "items"),
    RETURN_ORDERS(DataKind.CUSTOMER_SUMMARY, true, "return_orders"),
    RETURN_AMOUNT(DataKind.CUSTOMER_SUMMARY, true, "return_amount"),
    MEDIAN_INTERVAL_DAYS(DataKind.CUSTOMER_SUMMARY, true, "median_interval_days"),
    INTERVAL_CV(DataKind.CUSTOMER_SUMMARY, true, "interval_cv"),
    SEASONAL(DataKind.CUSTOMER_SUMMARY, true, "seasonal"),
    LINE_COUNT(DataKind.CUSTOMER_SUMMARY, true, "line_count"),
    LAST_LINE_DATE(DataKind.CUSTOMER_SUMMARY, true, "last_line_date"),
    MAIN_OCCASIONS(DataKind.CUSTOMER_SUMMARY, true, "main_occasions"),
    TRIAL(DataKind.CUSTOMER_SUMMARY, true, "trial"),
    THIRD_MAIN_DATE(DataKind.CUSTOMER_SUMMARY, true, "third_main_date"),
    PURCHASE_DAYS(DataKind.CUSTOMER_SUMMARY, true, "purchase_days"),
    FIRST_OCCASION_DATE(DataKind.CUSTOMER_SUMMARY, true, "first_occasion_date"),
    LAST_OCCASION_DATE(DataKind.CUSTOMER_SUMMARY, true, "last_occasion_date"),
    REPEAT_NET_SALES(DataKind.CUSTOMER_SUMMARY, true, "repeat_net_sales");

    private final DataKind only;
    private final boolean required;
    private final List<String> headers;

    Field(DataKind only, boolean required, String... headers) {
        this.only = only;
        this.required = required;
        this.headers = List.of(headers);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header names that suggest this field. */
    public List<String> headers() {
        return headers;
    }

    /** Whether an import of {@code kind} needs this field. */
    public boolean requiredFor(DataKind kind) {
        return required && appliesTo(kind) && !(this == CUSTOMER_ID && kind == DataKind.CATALOG);
    }

    /** The fields a file of {@code kind} may carry. */
    public static List<Field> of(DataKind kind) {
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(kind)).toList();
    }

    private boolean appliesTo(DataKind kind) {
        if (only != null) {
            return only == kind;
        }
        return switch (this) {
            case CUSTOMER_ID -> kind != DataKind.CATALOG;
            case PRODUCT_CODE, PRODUCT_NAME, CATEGORY -> kind == DataKind.TRANSACTIONS || kind == DataKind.CATALOG;
            case CHANNEL -> kind == DataKind.TRANSACTIONS || kind == DataKind.CUSTOMERS;
            default -> false;
        };
    }
}
