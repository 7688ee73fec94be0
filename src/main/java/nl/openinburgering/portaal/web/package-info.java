/** The portal's pages under /mijn, the messages in the person's file and the beheer page of the e-mails. */
@NullMarked
package nl.openinburgering.portaal.web;

import org.jspecify.annotations.NullMarked;
