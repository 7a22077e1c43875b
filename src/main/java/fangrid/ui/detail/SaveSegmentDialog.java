package fangrid.ui.detail;

import fangrid.analysis.SegmentStats;
import fangrid.domain.Activity;
import fangrid.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a saved segment's name, note and activity: for a new segment (the activity defaulting to the group's
 * recommended one), or to edit a saved one (its members stay as they are).
 */
public final class SaveSegmentDialog extends Dialog<SegmentDetailModel.SaveRequest> {
    SaveSegmentDialog(Messages messages, SegmentStats stats, Window owner) {
        this(messages, owner, messages.get("detail.save"), messages.get("detail.save.header"), messages.get("detail.save.ok"),
                "", "", stats == null ? null : stats.recommendedActivity());
    }

    /** Edits a saved segment, starting from {@code name}, {@code note} and {@code activity}. */
    public static SaveSegmentDialog editing(Messages messages, Window owner, String name, String note, Activity activity) {
        return new SaveSegmentDialog(messages, owner, messages.get("segments.edit"), messages.get("segments.edit.header"),
                messages.get("segments.edit.ok"), name, note, activity);
    }

    private SaveSegmentDialog(Messages messages, Window owner, String title, String header, String okText,
                              String initialName, String initialNote, Activity initialActivity) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        TextField name = new TextField(initialName);
        name.setId("segmentName");
        TextArea note = new TextArea(initialNote);
        note.setId("segmentNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        ComboBox<Activity> activity = new ComboBox<>();
        activity.setId("segmentActivity");
        activity.getItems().setAll(Activity.values());
        activity.setCellFactory(l -> activityCell(messages));
        activity.setButtonCell(activityCell(messages));
        activity.setValue(initialActivity != null ? initialActivity : Activity.GROW_NEW_CUSTOMERS);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Label nameLabel = new Label(messages.get("detail.save.name"));
        nameLabel.setLabelFor(name);
        Label noteLabel = new Label(messages.get("detail.save.note"));
        noteLabel.setLabelFor(note);
        Label activityLabel = new Label(messages.get("detail.save.activity"));
        activityLabel.setLabelFor(activity);
        form.addRow(0, nameLabel, name);
        form.addRow(1, noteLabel, note);
        form.addRow(2, activityLabel, activity);
        getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("detail.save.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().map(String::isBlank));
        setResultConverter(b -> b == ok
                ? new SegmentDetailModel.SaveRequest(name.getText().strip(), note.getText().strip(), activity.getValue(),
                        false)
                : null);
        Platform.runLater(name::requestFocus);
    }

    private static ListCell<Activity> activityCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Activity a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.number() + ". " + messages.get(a.key()));
            }
        };
    }
}
