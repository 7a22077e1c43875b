package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Survey answers as people type them (DOMAIN.md): label in either language or code; spaces, width and 「」 ignored. */
class SurveyLabelsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "人に紹介するほど大好き|7", "「大好き」|6", "好き |5", "まあまあ 好き|4", "Neither like nor dislike|3",
        "don't really like it|2", "１|1", "7|7",
    })
    void favorability(String answer, int code) {
        assertEquals(code, Favorability.parse(answer).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本製品を３回以上購入したことがある|5", "本製品を2回購入したことがある|4", "Bought the main product once|3",
        "モニターを購入したことがある|2", "相談したことがある|1", "利用したことがない|0", "０|0",
    })
    void usage(String answer, int code) {
        assertEquals(code, UsageLevel.parse(answer).code());
    }

    @ParameterizedTest
    @CsvSource({"8", "0", "大嫌い", "''"})
    void anythingElseIsNotAFavorability(String answer) {
        assertNull(Favorability.parse(answer));
    }
}
