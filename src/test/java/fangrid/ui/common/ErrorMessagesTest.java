package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.ProjectException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What the window says about failures, in Japanese and English. */
class ErrorMessagesTest {
    private final Messages japanese = new Messages(Locale.JAPANESE);
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Path shop = Path.of("/data/shop.mv.db");

    @Test
    void aProjectFailureIsWordedInTheWindowsLanguageEvenWhenWrapped() {
        ProjectException inUse = new ProjectException(ProjectException.Reason.IN_USE,
                "The project shop.mv.db is already open in another FanGrid window. Close it there first.", null,
                shop.getFileName());
        assertEquals("プロジェクト shop.mv.db は別の FanGrid ウィンドウで開かれています。先にそちらで閉じてください。",
                ErrorMessages.describe(inUse, japanese));
        assertEquals("The project shop.mv.db is already open in another FanGrid window. Close it there first.",
                ErrorMessages.describe(new CompletionException(inUse), english));
        ProjectException newer = new ProjectException(ProjectException.Reason.NEWER_VERSION, "newer", null, 9, 6);
        assertEquals("このプロジェクトは新しい FanGrid で保存されています（プロジェクトのバージョン 9、この FanGrid は 6 まで読めます）。"
                + "FanGrid を更新してください。", ErrorMessages.describe(newer, japanese));
    }

    @Test
    void otherFailuresShowTheirOwnMessage() {
        assertEquals("disk on fire", ErrorMessages.describe(new ProjectException("disk on fire"), japanese),
                "a project failure without a reason of its own");
        assertEquals("no such sheet", ErrorMessages.describe(new IllegalStateException("no such sheet"), japanese));
        assertEquals("java.lang.NullPointerException", ErrorMessages.describe(new NullPointerException(), japanese));
    }
}
