package dk.samskab.elearning;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A package as stored: what the inspector found, kept by the SHA-256 of its files. It never
 * changes once stored; an instructor who uploads a new edition makes a new package.
 */
@Entity
@Table(name = "elearning_package")
@NamedQuery(name = StoredPackage.BY_SHA256, query = "SELECT p FROM StoredPackage p WHERE p.sha256 = :sha256")
public class StoredPackage extends BaseEntity {

    static final String BY_SHA256 = "StoredPackage.bySha256";

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackageStandard standard;

    @Column(nullable = false)
    private String edition;

    @Column(nullable = false)
    private String identifier;

    @Column(nullable = false)
    private String title;

    @Column(name = "control_choice")
    private Boolean controlChoice;

    @Column(name = "control_flow")
    private Boolean controlFlow;

    @Column(name = "control_forward")
    private Boolean controlForwardOnly;

    @Column(name = "unpacked_bytes", nullable = false)
    private long unpackedBytes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "elearning_item", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<StoredItem> items = new ArrayList<>();

    protected StoredPackage() {
    }

    StoredPackage(String sha256, ElearningPackage found) {
        this.sha256 = sha256;
        this.standard = found.standard();
        this.edition = found.edition();
        this.identifier = found.identifier();
        this.title = found.title();
        if (found.controlMode() != null) {
            this.controlChoice = found.controlMode().choice();
            this.controlFlow = found.controlMode().flow();
            this.controlForwardOnly = found.controlMode().forwardOnly();
        }
        this.unpackedBytes = found.unpackedBytes();
        found.items().forEach(item -> items.add(new StoredItem(item)));
    }

    public String getSha256() {
        return sha256;
    }

    public PackageStandard getStandard() {
        return standard;
    }

    public String getEdition() {
        return edition;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getTitle() {
        return title;
    }

    public long getUnpackedBytes() {
        return unpackedBytes;
    }

    /** SCORM 2004's root control mode, with the standard's defaults where the manifest has none. */
    public ControlMode controlMode() {
        return controlChoice == null ? new ControlMode(true, false, false)
                : new ControlMode(controlChoice, controlFlow, controlForwardOnly);
    }

    /** What the learner can launch, in the package's order. */
    public List<LaunchItem> items() {
        return items.stream().map(StoredItem::toLaunchItem).toList();
    }

    public Optional<LaunchItem> item(String identifier) {
        return items().stream().filter(item -> item.identifier().equals(identifier)).findFirst();
    }
}
