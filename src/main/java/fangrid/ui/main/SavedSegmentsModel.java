package fangrid.ui.main;

import fangrid.domain.Activity;
import fangrid.domain.SavedSegment;
import fangrid.domain.SegmentNameTakenException;
import fangrid.project.ProjectSession;
import fangrid.project.SavedSegments;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open project's saved segments as the window shows them; changes run on the project's worker. */
public final class SavedSegmentsModel {
    private final ObservableList<SavedSegment> segments = FXCollections.observableArrayList();
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final Consumer<Throwable> errors;

    SavedSegmentsModel(Supplier<ProjectSession> session, TaskRunner runner, CrossFilter crossFilter,
                       Consumer<Throwable> errors) {
        this.session = session;
        this.runner = runner;
        this.crossFilter = crossFilter;
        this.errors = errors;
    }

    /** The saved segments, newest first. */
    public ObservableList<SavedSegment> list() {
        return segments;
    }

    /** Saved segment {@code id}, or empty when there is none. */
    public Optional<SavedSegment> get(long id) {
        return segments.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The name of saved segment {@code id}, or null when there is none. */
    public String name(long id) {
        return get(id).map(SavedSegment::name).orElse(null);
    }

    /** Deletes saved segment {@code id} from the project. */
    public void delete(long id) {
        ProjectSession s = session.get();
        runner.<SavedSegments>run(task -> s.deleteSegment(id)).onSuccess(this::show).onFailure(errors).start();
    }

    /**
     * Renames saved segment {@code id} and sets its note and activity; its members stay as they are.
     * {@code nameTaken} runs instead when another saved segment has the name.
     */
    public void edit(long id, String name, String note, Activity activity, Runnable nameTaken) {
        ProjectSession s = session.get();
        runner.<SavedSegments>run(task -> s.editSegment(id, name, note, activity))
                .onSuccess(this::show).onFailure(e -> {
                    if (e instanceof SegmentNameTakenException) {
                        nameTaken.run();
                    } else {
                        errors.accept(e);
                    }
                }).start();
    }

    /** Publishes saved segments: their members first, so that filters naming them resolve. */
    void show(SavedSegments saved) {
        saved.members().forEach(crossFilter::putSavedMembers);
        segments.setAll(saved.segments());
    }
}
