@org.jspecify.annotations.NullMarked
package nl.openinburgering.intake.web;
