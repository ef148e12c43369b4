package org.schoolscope.ingest;

import java.util.List;

/** An importer driven by a declarative layout, which names it and says how to recognise its files. */
public abstract class LayoutFileImporter<L extends PublishedLayout> implements FileImporter {

    protected final L layout;

    protected LayoutFileImporter(L layout) {
        this.layout = layout;
    }

    public L layout() {
        return layout;
    }

    @Override
    public String kind() {
        return layout.kind();
    }

    @Override
    public String title() {
        return layout.title();
    }

    @Override
    public List<String> signature() {
        return layout.signature();
    }

    @Override
    public RowShape rowShape() {
        return layout.rowShape();
    }
}
