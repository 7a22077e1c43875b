package fangrid.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A matrix header may wrap anywhere in Japanese, but only between words in English. */
@ExtendWith(ApplicationExtension.class)
class HeaderWidthTest {
    private final Font font = Font.font(20);

    @Test
    void anEnglishHeaderIsNeverNarrowerThanItsLongestWord() {
        double somewhat = width("Somewhat");
        assertTrue(somewhat > 44, "a 20 px word is wider than the Japanese minimum: " + somewhat);
        assertTrue(FavorabilityMatrixPane.headerMinWidth("4 Somewhat like it", font) >= somewhat);
        assertTrue(FavorabilityMatrixPane.headerMinWidth("1 Actually don't like it", font) >= width("Actually"));
    }

    @Test
    void aJapaneseHeaderKeepsTheCommonMinimum() {
        assertEquals(44, FavorabilityMatrixPane.headerMinWidth("7 人に紹介するほど大好き", font));
        assertEquals(44, FavorabilityMatrixPane.headerMinWidth("未回答", font));
    }

    private double width(String word) {
        Text t = new Text(word);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
