package dk.samskab.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link FilterKey} of a stored statement, as a row of xapi_statement_key: its value by hash. */
@Embeddable
public class FilterKeyRow {

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false)
    private boolean direct;

    protected FilterKeyRow() {
    }

    FilterKeyRow(FilterKey key) {
        this.kind = key.kind().name();
        this.keyHash = key.hash();
        this.direct = key.direct();
    }
}
