package nl.databiobank.lims.study.boundary;

/** What the ethics officer's pages share: their bundle and where they link to. */
final class EthicsPages {

    /** The page bundle registered in faces-config.xml. */
    static final String BUNDLE = "ethicsmsg";

    private EthicsPages() {
    }

    static String study(String code) {
        return "/ethics/study?faces-redirect=true&code=" + code;
    }

    static String review(long id) {
        return "/ethics/review?faces-redirect=true&id=" + id;
    }
}
