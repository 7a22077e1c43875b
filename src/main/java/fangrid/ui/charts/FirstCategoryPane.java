package fangrid.ui.charts;

import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.HeadlineComparison;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;
import javafx.scene.control.Hyperlink;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The headline strip: the share of the whole customer base in the first category as a big number, the share of
 * survey respondents beside it (clearly labelled), its change since the month before and against the shop's target,
 * and the people one step away. Its chart and trend are in
 * {@link ChartsPane}.
 */
public final class FirstCategoryPane extends HBox {
    /** The style of the headline number when it says what the share needs instead. */
    private static final String MISSING = "headline-missing";
    private static final String UP = "change-up";
    private static final String DOWN = "change-down";
    private static final String FLAT = "change-flat";
    private final Messages messages;
    private final Formats formats;
    private final Label share = new Label();
    private final Label people = new Label();
    private final Label respondents = new Label();
    private final Label oneStep = new Label();
    private final Label change = new Label();
    private final Label target = new Label();
    private final Hyperlink setTarget = new Hyperlink();
    private final VBox comparison = new VBox(2, change, target, setTarget);
    private final DateTimeFormatter days;

    public FirstCategoryPane(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.days = DateTimeFormatter.ofPattern(messages.get("headline.change.day"), messages.locale());
        getStyleClass().add("headline");
        setId("firstCategory");
        share.setId("firstCategoryShare");
        share.getStyleClass().add("headline-number");
        share.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label(messages.get("headline.title"));
        title.getStyleClass().add("headline-title");
        Label definition = new Label(messages.get("headline.definition"));
        definition.getStyleClass().add("headline-note");
        definition.setWrapText(true);
        definition.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        people.getStyleClass().add("headline-detail");
        // Without survey answers this line says what the share needs, a sentence that wraps.
        people.setWrapText(true);
        people.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        respondents.setId("firstCategoryRespondents");
        respondents.getStyleClass().add("headline-detail");
        oneStep.getStyleClass().add("headline-note");
        oneStep.setWrapText(true);
        VBox name = new VBox(2, title, definition);
        name.getStyleClass().add("headline-name");
        oneStep.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox details = new VBox(2, people, respondents, oneStep);
        details.getStyleClass().add("headline-text");
        HBox.setHgrow(details, javafx.scene.layout.Priority.ALWAYS);
        change.setId("firstCategoryChange");
        change.getStyleClass().add("headline-change");
        target.setId("firstCategoryTarget");
        target.getStyleClass().add("headline-change");
        setTarget.setId("firstCategorySetTarget");
        setTarget.getStyleClass().add("headline-set-target");
        comparison.getStyleClass().add("headline-comparison");
        getChildren().addAll(name, share, comparison, details);
    }

    /**
     * Shows the share of the base and its details; without customers or without survey answers it says what the
     * share needs instead of a large 0.0 %.
     */
    public void show(FirstCategorySummary s) {
        boolean missing = s.base() == 0 || s.respondents() == 0;
        share.getStyleClass().remove(MISSING);
        if (missing) {
            share.getStyleClass().add(MISSING);
        }
        comparison.setVisible(!missing);
        comparison.setManaged(!missing);
        respondents.setVisible(!missing);
        respondents.setManaged(!missing);
        oneStep.setVisible(!missing);
        oneStep.setManaged(!missing);
        if (s.base() == 0) {
            share.setText(messages.get("headline.needsTransactions"));
            people.setText(messages.get("headline.needsTransactions.detail"));
        } else if (s.respondents() == 0) {
            share.setText(messages.get("headline.needsSurvey"));
            people.setText(messages.format("headline.needsSurvey.detail", formats.count(s.base())));
        } else {
            share.setText(formats.percent(s.shareOfBase()));
            people.setText(messages.format("headline.people", formats.count(s.firstCategory()),
                    formats.count(s.base())));
            respondents.setText(messages.format("headline.respondents", formats.percent(s.shareOfRespondents()),
                    formats.count(s.respondents())));
            oneStep.setText(messages.format("headline.oneStep", formats.count(s.oneStepUsage()),
                    formats.count(s.oneStepLiking())));
        }
    }

    /** Asks {@code action} for a new target when the user wants to set or change it. */
    public void setOnSetTarget(Runnable action) {
        setTarget.setOnAction(e -> action.run());
    }

    /**
     * Shows the share's change since the month before and its distance from the target, each coloured by its
     * direction (green up, red down), signed as the window writes a negative ({@link Formats#pointChange}).
     */
    public void compare(HeadlineComparison c) {
        OptionalDouble sincePrevious = c.changeSincePrevious();
        if (sincePrevious.isPresent()) {
            change.setText(messages.format("headline.change.previous", formats.pointChange(sincePrevious.getAsDouble()),
                    days.format(c.previousDay().orElseThrow())));
            colour(change, sincePrevious.getAsDouble());
        } else {
            change.setText(messages.get("headline.change.none"));
            colour(change, 0);
        }
        OptionalDouble gap = c.againstTarget();
        target.setVisible(gap.isPresent());
        target.setManaged(gap.isPresent());
        if (gap.isPresent()) {
            target.setText(messages.format("headline.target.gap", formats.percent(c.target().getAsDouble()),
                    formats.pointChange(gap.getAsDouble())));
            colour(target, gap.getAsDouble());
        }
        setTarget.setText(messages.get(gap.isPresent() ? "headline.target.change" : "headline.target.set"));
    }

    private static void colour(Label l, double change) {
        l.getStyleClass().removeAll(UP, DOWN, FLAT);
        double tenths = Math.round(change * 1000);
        l.getStyleClass().add(tenths > 0 ? UP : tenths < 0 ? DOWN : FLAT);
    }
}
