/**
 * The scan station (issue 5, "the scan page"): what a scanned barcode names, and the answers the
 * technician's scan page and box grid show for it. It keeps no rules of its own: storing, looking up
 * and counting are the sample and storage components' boundaries; this component puts their answers
 * together, each in one transaction, as small serializable records a view may hold.
 */
package nl.databiobank.lims.scan;
