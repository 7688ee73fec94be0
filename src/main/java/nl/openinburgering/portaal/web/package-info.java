/** The portal's pages under /mijn, the messages in the person's file and the beheer page of the e-mails. */
package nl.openinburgering.portaal.web;
