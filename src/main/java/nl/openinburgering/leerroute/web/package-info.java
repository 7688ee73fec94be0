@org.jspecify.annotations.NullMarked
package nl.openinburgering.leerroute.web;
