package nl.databiobank.lims.label.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.databiobank.lims.label.entity.LabelLayoutDefinition;
import nl.databiobank.lims.label.entity.LabelPrinter;
import nl.databiobank.lims.label.entity.LabelPurpose;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * The administrator's page of label layouts and label printers: both listed, added, and
 * changed with a reason; a preview of each layout; a test label sent to a printer.
 */
@Named
@ViewScoped
public class LabelsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LAYOUT_FORM = "layouts";
    static final String PRINTER_FORM = "printers";

    @EJB
    LabelSetupService setup;

    @EJB
    LabelPrinting printing;

    private List<LabelLayoutDefinition> layouts;
    private List<LabelPrinter> printers;
    private LayoutForm layout;
    private PrinterForm printer;

    @PostConstruct
    void load() {
        layouts = setup.layouts();
        printers = setup.printers();
    }

    /** A new layout, its measures copied from the default sample layout as a start. */
    public void newLayout() {
        layout = setup.defaultLayout(LabelPurpose.SAMPLE).map(LayoutForm::of).orElseGet(LayoutForm::new);
        layout.editing = null;
        layout.name = null;
        layout.defaultLayout = false;
        layout.active = true;
    }

    public void editLayout(LabelLayoutDefinition existing) {
        layout = LayoutForm.of(existing);
    }

    public void saveLayout() {
        try {
            LabelLayoutDefinition saved = layout.editing == null ? setup.addLayout(layout.toRequest())
                    : setup.updateLayout(layout.editing, layout.toRequest(), layout.reason);
            info(layout.editing == null ? "labels.layout.added" : "labels.layout.saved", saved.getName());
            layout = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, LAYOUT_FORM);
        }
    }

    public void cancelLayout() {
        layout = null;
    }

    public void newPrinter() {
        printer = new PrinterForm();
    }

    public void editPrinter(LabelPrinter existing) {
        printer = PrinterForm.of(existing);
    }

    public void savePrinter() {
        try {
            LabelPrinter saved = printer.editing == null ? setup.addPrinter(printer.toRequest())
                    : setup.updatePrinter(printer.editing, printer.toRequest(), printer.reason);
            info(printer.editing == null ? "labels.printer.added" : "labels.printer.saved", saved.getName());
            printer = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, PRINTER_FORM);
        }
    }

    public void cancelPrinter() {
        printer = null;
    }

    /** Sends one test label on the default sample layout; says whether the printer took it. */
    public void testPrint(LabelPrinter target) {
        try {
            Printed printed = printing.test(target.getName(), new LabelOptions(null, null, null, locale()));
            info("labels.printer.tested", printed.printer(), printed.address());
        } catch (LimsException e) {
            Messages.refused(e, PRINTER_FORM);
        }
    }

    /** How many of a label's text lines fit on the layout. */
    public int lines(LabelLayoutDefinition definition) {
        return setup.linesThatFit(definition);
    }

    /** The URL of the layout's preview image, the version in it so that a changed layout is fetched again. */
    public String previewUrl(LabelLayoutDefinition definition) {
        String name = URLEncoder.encode(definition.getName(), StandardCharsets.UTF_8).replace("+", "%20");
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/label-layouts/" + name + "/preview?format=png&v=" + definition.getVersion();
    }

    public LabelPurpose[] getPurposes() {
        return LabelPurpose.values();
    }

    public List<String> getSymbologies() {
        return LabelSetupService.SYMBOLOGIES;
    }

    public List<Integer> getResolutions() {
        return List.of(203, 300);
    }

    public List<LabelLayoutDefinition> getLayouts() {
        return layouts;
    }

    public List<LabelPrinter> getPrinters() {
        return printers;
    }

    public LayoutForm getLayout() {
        return layout;
    }

    public PrinterForm getPrinter() {
        return printer;
    }

    private static void info(String key, Object... arguments) {
        Messages.infoIn("labelmsg", key, arguments);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The layout being added ({@code editing} null) or changed. */
    public static class LayoutForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String editing;
        private String name;
        private String purpose;
        private Double widthMm;
        private Double heightMm;
        private String symbology;
        private Double marginMm;
        private Double moduleMm;
        private Double barHeightMm;
        private Double identifierSizePt;
        private Double textSizePt;
        private boolean defaultLayout;
        private boolean active = true;
        private String reason;

        static LayoutForm of(LabelLayoutDefinition l) {
            LayoutForm form = new LayoutForm();
            form.editing = l.getName();
            form.name = l.getName();
            form.purpose = l.getPurpose().name();
            form.widthMm = l.getWidthMm();
            form.heightMm = l.getHeightMm();
            form.symbology = l.getSymbology().name();
            form.marginMm = l.getMarginMm();
            form.moduleMm = l.getModuleMm();
            form.barHeightMm = l.getBarHeightMm();
            form.identifierSizePt = l.getIdentifierSizePt();
            form.textSizePt = l.getTextSizePt();
            form.defaultLayout = l.isDefaultLayout();
            form.active = l.isActive();
            return form;
        }

        NewLabelLayout toRequest() {
            return new NewLabelLayout(name, purpose, widthMm, heightMm, symbology, marginMm, moduleMm, barHeightMm,
                    identifierSizePt, textSizePt, defaultLayout, active);
        }

        public String getEditing() {
            return editing;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public Double getWidthMm() {
            return widthMm;
        }

        public void setWidthMm(Double widthMm) {
            this.widthMm = widthMm;
        }

        public Double getHeightMm() {
            return heightMm;
        }

        public void setHeightMm(Double heightMm) {
            this.heightMm = heightMm;
        }

        public String getSymbology() {
            return symbology;
        }

        public void setSymbology(String symbology) {
            this.symbology = symbology;
        }

        public Double getMarginMm() {
            return marginMm;
        }

        public void setMarginMm(Double marginMm) {
            this.marginMm = marginMm;
        }

        public Double getModuleMm() {
            return moduleMm;
        }

        public void setModuleMm(Double moduleMm) {
            this.moduleMm = moduleMm;
        }

        public Double getBarHeightMm() {
            return barHeightMm;
        }

        public void setBarHeightMm(Double barHeightMm) {
            this.barHeightMm = barHeightMm;
        }

        public Double getIdentifierSizePt() {
            return identifierSizePt;
        }

        public void setIdentifierSizePt(Double identifierSizePt) {
            this.identifierSizePt = identifierSizePt;
        }

        public Double getTextSizePt() {
            return textSizePt;
        }

        public void setTextSizePt(Double textSizePt) {
            this.textSizePt = textSizePt;
        }

        public boolean isDefaultLayout() {
            return defaultLayout;
        }

        public void setDefaultLayout(boolean defaultLayout) {
            this.defaultLayout = defaultLayout;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The printer being added ({@code editing} null) or changed. */
    public static class PrinterForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String editing;
        private String name;
        private String host;
        private Integer port = LabelPrinter.RAW_PORT;
        private Integer dpi = 203;
        private boolean active = true;
        private String reason;

        static PrinterForm of(LabelPrinter p) {
            PrinterForm form = new PrinterForm();
            form.editing = p.getName();
            form.name = p.getName();
            form.host = p.getHost();
            form.port = p.getPort();
            form.dpi = p.getDpi();
            form.active = p.isActive();
            return form;
        }

        NewLabelPrinter toRequest() {
            return new NewLabelPrinter(name, host, port, dpi, active);
        }

        public String getEditing() {
            return editing;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public Integer getDpi() {
            return dpi;
        }

        public void setDpi(Integer dpi) {
            this.dpi = dpi;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
