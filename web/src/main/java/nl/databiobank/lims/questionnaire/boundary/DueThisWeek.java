package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The nurse's home page counts: how many are due and overdue this week, read once per request. */
@Named
@RequestScoped
public class DueThisWeek {

    @EJB
    DueListService dueLists;

    private DueList.Counts counts;

    public DueList.Counts getCounts() {
        if (counts == null) {
            counts = dueLists.dueList(LocalDate.now(), null, null).total();
        }
        return counts;
    }
}
