package fangrid.project;

import fangrid.domain.SavedSegment;
import java.util.List;
import java.util.Map;
import tech.tablesaw.selection.Selection;

/** A project's saved segments, newest first, and the members of each by segment id. */
public record SavedSegments(List<SavedSegment> segments, Map<Long, Selection> members) {
}
