package dev.ksa.render;

import dev.ksa.catalog.Text;
import java.util.ArrayList;
import java.util.List;

/** What to finish by hand for a planned component: its render data's {@code notes}, then each of its {@code notesWhen} whose condition holds. */
final class ComponentNotes {
    private ComponentNotes() {}

    static List<Text> of(RenderContext ctx, String id) {
        RenderData data = RenderDataLoader.of(id);
        List<Text> out = new ArrayList<>();
        Variables variables = new Variables(ctx);
        if (data.notes() != null) {
            out.add(Text.of(variables.substituteText(data.notes().ko(), id), variables.substituteText(data.notes().en(), id)));
        }
        for (RenderData.Note note : data.notesWhen()) {
            if (Variables.holds(note.condition(), ctx)) {
                out.add(Text.of(variables.substituteText(note.ko(), id), variables.substituteText(note.en(), id)));
            }
        }
        return out;
    }
}
