package nl.databiobank.lims.scan.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One box, /lab/box.xhtml?barcode=B...: its grid with each occupant coloured by status. Click (or type) a
 * free position, then scan a tube to store it there; without a chosen position a tube goes to the next
 * free one. An occupied cell shows its tube. Another box opens that box's page; anything else is for the
 * scan page, which takes it over.
 */
@Named
@ViewScoped
public class BoxView extends ScanStation {

    private String barcode;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && barcode != null) {
            handle(barcode);
        }
    }

    @Override
    public boolean isFixedBox() {
        return true;
    }

    @Override
    public void leave() {
        if (chosen != null) {
            ok("scan.choiceCleared", chosen);
            chosen = null;
        }
    }

    @Override
    protected void tubeWithoutBox(String tube) {
        redirect("/lab/scan.xhtml", "scan", tube);
    }

    @Override
    protected void box(String scanned) {
        if (box == null || box.barcode().equals(scanned)) {
            openBox(scanned);
            barcode = scanned;
        } else {
            redirect("/lab/box.xhtml", "barcode", scanned);
        }
    }

    @Override
    protected void unit(String scanned) {
        redirect("/lab/scan.xhtml", "scan", scanned);
    }

    @Override
    protected void participant(String pseudonym) {
        redirect("/lab/scan.xhtml", "scan", pseudonym);
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }
}
