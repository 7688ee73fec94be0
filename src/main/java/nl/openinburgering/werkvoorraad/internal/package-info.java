@org.jspecify.annotations.NullMarked
package nl.openinburgering.werkvoorraad.internal;
