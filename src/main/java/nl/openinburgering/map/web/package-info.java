@org.jspecify.annotations.NullMarked
package nl.openinburgering.map.web;
