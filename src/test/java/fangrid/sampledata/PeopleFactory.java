package fangrid.sampledata;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Creates fake but plausible members: names, e-mail addresses, phones, prefectures, ages, channels. */
final class PeopleFactory {

    private static final String[] GENDERS = {"女性", "男性", "回答しない"};
    private static final double[] GENDER_WEIGHTS = {0.77, 0.18, 0.05};
    private static final String[] BUYER_CHANNELS = {"検索広告", "SNS", "自然検索", "紹介", "LINE", "チラシ", "アフィリエイト"};
    private static final double[] BUYER_CHANNEL_WEIGHTS = {0.27, 0.22, 0.16, 0.09, 0.12, 0.07, 0.07};
    private static final double[] PROSPECT_CHANNEL_WEIGHTS = {0.18, 0.28, 0.14, 0.05, 0.20, 0.11, 0.04};
    private static final String[] MOBILE_PREFIXES = {"090", "080", "070"};
    private static final LocalDate AGE_REFERENCE = LocalDate.of(2025, 10, 1);

    private final Random rnd;
    private final double[] familyWeights = NameLists.familyWeights();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    /** @param rnd the random source of every attribute */
    PeopleFactory(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * Creates one member.
     *
     * @param id         the member number
     * @param registered the registration day
     * @param buyer      whether the member will buy (buyers and prospects come from different channels)
     * @return the new member
     */
    Person create(String id, LocalDate registered, boolean buyer) {
        String gender = GENDERS[Weighted.index(rnd, GENDER_WEIGHTS)];
        boolean female = gender.equals("女性") || gender.equals("回答しない") && rnd.nextBoolean();
        String[] family = NameLists.FAMILY[Weighted.index(rnd, familyWeights)];
        String[][] givenList = female ? NameLists.FEMALE : NameLists.MALE;
        String[] given = givenList[rnd.nextInt(givenList.length)];
        String name = family[0] + "\u3000" + given[0];
        String email = uniqueEmail(family[1], given[1]);
        String phone = Weighted.chance(rnd, 0.03) ? "" : uniquePhone();
        String prefecture = Prefectures.NAMES[Weighted.index(rnd, Prefectures.POPULATION)];
        LocalDate birth = Weighted.chance(rnd, 0.05) ? null : birthDate();
        String channel = BUYER_CHANNELS[Weighted.index(rnd, buyer ? BUYER_CHANNEL_WEIGHTS : PROSPECT_CHANNEL_WEIGHTS)];
        return new Person(id, name, email, phone, prefecture, gender, birth, registered, channel);
    }

    private LocalDate birthDate() {
        // Sum of uniforms: ages 22–79, mostly in the 40s and 50s.
        int age = 22 + rnd.nextInt(20) + rnd.nextInt(20) + rnd.nextInt(19);
        return AGE_REFERENCE.minusYears(age).minusDays(rnd.nextInt(365));
    }

    private String uniqueEmail(String family, String given) {
        String domain = Weighted.chance(rnd, 0.6) ? "example.jp" : "example.com";
        String local = switch (rnd.nextInt(5)) {
            case 0 -> given + "." + family;
            case 1 -> family + "." + given + (70 + rnd.nextInt(30));
            case 2 -> given + "_" + family.charAt(0) + Weighted.between(rnd, 100, 999);
            case 3 -> family + given.charAt(0) + Weighted.between(rnd, 1, 99);
            default -> given + family + Weighted.between(rnd, 1960, 2003);
        };
        String candidate = local + "@" + domain;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    private String uniquePhone() {
        String candidate;
        do {
            String prefix = MOBILE_PREFIXES[Weighted.index(rnd, 0.55, 0.35, 0.10)];
            candidate = String.format(Locale.ROOT, "%s-0%03d-%04d", prefix, rnd.nextInt(1000), rnd.nextInt(10000));
        } while (!phones.add(candidate));
        return candidate;
    }
}
