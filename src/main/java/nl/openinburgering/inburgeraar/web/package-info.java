@org.jspecify.annotations.NullMarked
package nl.openinburgering.inburgeraar.web;
