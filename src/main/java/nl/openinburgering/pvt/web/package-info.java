@org.jspecify.annotations.NullMarked
package nl.openinburgering.pvt.web;
