@org.jspecify.annotations.NullMarked
package nl.openinburgering.aanbieder.web;
