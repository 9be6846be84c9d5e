package dk.samskab.authoring.form;

import dk.samskab.platform.Text;
import java.io.Serializable;

/** A Danish and an English text as the editor's two side-by-side fields. */
public class TextField implements Serializable {

    private static final long serialVersionUID = 1L;

    private String da = "";
    private String en = "";

    public TextField() {
    }

    public static TextField of(Text text) {
        TextField field = new TextField();
        if (text != null) {
            field.da = text.da() == null ? "" : text.da();
            field.en = text.en() == null ? "" : text.en();
        }
        return field;
    }

    public Text toText() {
        return new Text(clean(da), clean(en));
    }

    /** Line endings as the files have them, and no stray space around the text. */
    private static String clean(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    public boolean isEmpty() {
        return clean(da).isEmpty() && clean(en).isEmpty();
    }

    public String getDa() {
        return da;
    }

    public void setDa(String da) {
        this.da = da;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
