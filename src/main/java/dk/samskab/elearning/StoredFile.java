package dk.samskab.elearning;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;

/**
 * One file of a stored package. Looked up by the SHA-256 of its path, because paths may be longer
 * than an index on a utf8mb4 column can hold.
 */
@Entity
@Table(name = "elearning_file")
@NamedQuery(name = StoredFile.BY_PATH, query = "SELECT f FROM StoredFile f WHERE f.storedPackage.sha256 = :sha256 AND f.pathHash = :pathHash")
@NamedQuery(name = StoredFile.OF_PACKAGE, query = "SELECT f FROM StoredFile f WHERE f.storedPackage = :storedPackage ORDER BY f.path")
public class StoredFile {

    static final String BY_PATH = "StoredFile.byPath";
    static final String OF_PACKAGE = "StoredFile.ofPackage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "package_id")
    private StoredPackage storedPackage;

    @Column(nullable = false)
    private String path;

    @Column(name = "path_hash", nullable = false)
    private String pathHash;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    StoredFile(StoredPackage storedPackage, String path, byte[] content) {
        this.storedPackage = storedPackage;
        this.path = path;
        this.pathHash = Sha256.hex(path.getBytes(StandardCharsets.UTF_8));
        this.mediaType = MediaTypes.of(path);
        this.size = content.length;
        this.content = content;
    }

    public String getPath() {
        return path;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }
}
