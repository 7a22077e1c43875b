package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress dialog of an import or export: closing it cancels the work, the work ending closes it. */
@ExtendWith(ApplicationExtension.class)
class TaskProgressDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    /** Work that counts the cancels asked of it, and waits for {@code release} before it returns. */
    private static final class CountedWork extends Task<String> {
        final AtomicInteger cancels = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected String call() throws InterruptedException {
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancels.incrementAndGet();
            return super.cancel(mayInterruptIfRunning);
        }
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /**
     * A task's state turns SUCCEEDED a moment before it stops counting as running, and the dialog closes on that
     * state. Its close request then saw a running task and cancelled it: when the worker had not yet stored the
     * result, a finished export ended as cancelled (its file written, its "exported" line never shown).
     */
    @Test
    void workThatEndsClosesTheDialogWithoutAskingACancel(FxRobot robot) throws Exception {
        CountedWork work = new CountedWork();
        robot.interact(() -> TaskProgressDialog.show(work, "Exporting", text -> text, owner));
        Thread worker = new Thread(work);
        worker.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs().size() == 1 && onFx(work::isRunning));
        work.release.countDown();
        worker.join(10_000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(work::getState) == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs(), "closed when the work ended");
        assertEquals(0, work.cancels.get(), "the end of the work is no cancel");
        assertEquals("done", onFx(work::getValue));
    }

    @Test
    void closingTheDialogCancelsTheWork(FxRobot robot) throws Exception {
        CountedWork work = new CountedWork();
        robot.interact(() -> TaskProgressDialog.show(work, "Exporting", text -> text, owner));
        Thread worker = new Thread(work);
        worker.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs().size() == 1 && onFx(work::isRunning));
        robot.interact(() -> {
            Window dialog = openDialogs().get(0);
            dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertEquals(Worker.State.CANCELLED, onFx(work::getState));
        assertEquals(1, work.cancels.get());
        work.release.countDown();
        worker.join(10_000);
    }

    private List<Window> dialogs() throws Exception {
        return onFx(this::openDialogs);
    }

    /** On the FX thread: the windows showing besides the owner. */
    private List<Window> openDialogs() {
        return Window.getWindows().stream().filter(w -> w != owner && w.isShowing()).toList();
    }
}
