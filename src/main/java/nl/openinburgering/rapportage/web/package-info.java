@org.jspecify.annotations.NullMarked
package nl.openinburgering.rapportage.web;
