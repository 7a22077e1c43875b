package fangrid.sampledata;

/**
 * Common Japanese family and given names, each with a romanisation for fake e-mail addresses.
 * Rows are {@code {kanji, romaji}}; family names are listed roughly by frequency.
 */
final class NameLists {

    static final String[][] FAMILY = {
        {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"}, {"伊藤", "ito"},
        {"渡辺", "watanabe"}, {"山本", "yamamoto"}, {"中村", "nakamura"}, {"小林", "kobayashi"}, {"加藤", "kato"},
        {"吉田", "yoshida"}, {"山田", "yamada"}, {"佐々木", "sasaki"}, {"山口", "yamaguchi"}, {"松本", "matsumoto"},
        {"井上", "inoue"}, {"木村", "kimura"}, {"林", "hayashi"}, {"斎藤", "saito"}, {"清水", "shimizu"},
        {"山崎", "yamazaki"}, {"森", "mori"}, {"池田", "ikeda"}, {"橋本", "hashimoto"}, {"阿部", "abe"},
        {"石川", "ishikawa"}, {"山下", "yamashita"}, {"中島", "nakajima"}, {"石井", "ishii"}, {"小川", "ogawa"},
        {"前田", "maeda"}, {"岡田", "okada"}, {"長谷川", "hasegawa"}, {"藤田", "fujita"}, {"後藤", "goto"},
        {"近藤", "kondo"}, {"村上", "murakami"}, {"遠藤", "endo"}, {"青木", "aoki"}, {"坂本", "sakamoto"},
        {"斉藤", "saito"}, {"福田", "fukuda"}, {"太田", "ota"}, {"西村", "nishimura"}, {"藤井", "fujii"},
        {"金子", "kaneko"}, {"岡本", "okamoto"}, {"藤原", "fujiwara"}, {"中野", "nakano"}, {"三浦", "miura"},
        {"原田", "harada"}, {"松田", "matsuda"}, {"竹内", "takeuchi"}, {"小野", "ono"}, {"田村", "tamura"},
        {"中川", "nakagawa"}, {"和田", "wada"}, {"石田", "ishida"}, {"森田", "morita"}, {"上野", "ueno"},
        {"髙橋", "takahashi"}, {"山﨑", "yamazaki"}, {"渡邉", "watanabe"}, {"齋藤", "saito"}, {"吉﨑", "yoshizaki"},
    };

    static final String[][] FEMALE = {
        {"陽子", "yoko"}, {"恵子", "keiko"}, {"京子", "kyoko"}, {"幸子", "sachiko"}, {"和子", "kazuko"},
        {"美穂", "miho"}, {"由美子", "yumiko"}, {"真由美", "mayumi"}, {"裕子", "yuko"}, {"直美", "naomi"},
        {"智子", "tomoko"}, {"久美子", "kumiko"}, {"明美", "akemi"}, {"麻衣", "mai"}, {"愛", "ai"},
        {"彩", "aya"}, {"美咲", "misaki"}, {"優子", "yuko"}, {"奈々", "nana"}, {"沙織", "saori"},
        {"香織", "kaori"}, {"恵美", "emi"}, {"千尋", "chihiro"}, {"舞", "mai"}, {"さくら", "sakura"},
        {"陽菜", "hina"}, {"結衣", "yui"}, {"美香", "mika"}, {"由佳", "yuka"}, {"紀子", "noriko"},
        {"理恵", "rie"}, {"亜希子", "akiko"}, {"純子", "junko"}, {"早苗", "sanae"}, {"綾香", "ayaka"},
        {"朋子", "tomoko"}, {"雅美", "masami"}, {"葵", "aoi"}, {"真理子", "mariko"}, {"由紀", "yuki"},
    };

    static final String[][] MALE = {
        {"浩", "hiroshi"}, {"誠", "makoto"}, {"健一", "kenichi"}, {"大輔", "daisuke"}, {"拓也", "takuya"},
        {"翔太", "shota"}, {"直樹", "naoki"}, {"哲也", "tetsuya"}, {"隆", "takashi"}, {"修", "osamu"},
        {"和彦", "kazuhiko"}, {"剛", "tsuyoshi"}, {"聡", "satoshi"}, {"健太", "kenta"}, {"亮", "ryo"},
        {"達也", "tatsuya"}, {"学", "manabu"}, {"博之", "hiroyuki"}, {"秀樹", "hideki"}, {"正人", "masato"},
        {"悠斗", "yuto"}, {"大樹", "daiki"}, {"蓮", "ren"}, {"一郎", "ichiro"}, {"勝", "masaru"},
        {"洋平", "yohei"}, {"翼", "tsubasa"}, {"慎也", "shinya"}, {"康介", "kosuke"}, {"陽介", "yosuke"},
    };

    private NameLists() {
    }

    /**
     * Zipf-like weights for the family names: frequent names first, the rare variant spellings last.
     *
     * @return one weight per row of {@link #FAMILY}
     */
    static double[] familyWeights() {
        double[] w = new double[FAMILY.length];
        int rare = 5;
        for (int i = 0; i < w.length; i++) {
            w[i] = i < w.length - rare ? 1.0 / (i + 8) : 0.006;
        }
        return w;
    }
}
