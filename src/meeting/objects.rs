//! Renumbering and pruning a PDF's objects in linear time. lopdf's own
//! `renumber_objects` and `prune_objects` look up every reference in a list
//! of the references seen so far: a bilaga of 200 000 outline entries took
//! minutes. These walk objects with an explicit stack (a deeply nested
//! array cannot overflow it) and remember what they saw in hash sets.

use std::collections::{BTreeMap, HashMap, HashSet};

use lopdf::{Document, Object, ObjectId};

/// Every object id `object` refers to, directly or inside its arrays and
/// dictionaries.
fn references(object: &Object, found: &mut Vec<ObjectId>) {
    let mut stack = vec![object];
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) => found.push(*id),
            Object::Array(items) => stack.extend(items.iter()),
            Object::Dictionary(dict) => stack.extend(dict.iter().map(|(_, v)| v)),
            Object::Stream(stream) => stack.extend(stream.dict.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

/// Rewrites every reference in `object` through `map`.
fn rewrite(object: &mut Object, map: &HashMap<ObjectId, ObjectId>) {
    let mut stack = vec![object];
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) => {
                if let Some(new) = map.get(id) {
                    *id = *new;
                }
            }
            Object::Array(items) => stack.extend(items.iter_mut()),
            Object::Dictionary(dict) => stack.extend(dict.iter_mut().map(|(_, v)| v)),
            Object::Stream(stream) => stack.extend(stream.dict.iter_mut().map(|(_, v)| v)),
            _ => {}
        }
    }
}

/// Numbers the objects from `first` on, in their present order, and
/// rewrites every reference (also the trailer's).
pub fn renumber(doc: &mut Document, first: u32) {
    let old = std::mem::take(&mut doc.objects);
    let map: HashMap<ObjectId, ObjectId> = old
        .keys()
        .zip(first..)
        .map(|(id, number)| (*id, (number, id.1)))
        .collect();
    let mut renumbered = BTreeMap::new();
    for (id, mut object) in old {
        rewrite(&mut object, &map);
        renumbered.insert(map[&id], object);
    }
    let mut trailer = Object::Dictionary(std::mem::take(&mut doc.trailer));
    rewrite(&mut trailer, &map);
    if let Object::Dictionary(trailer) = trailer {
        doc.trailer = trailer;
    }
    doc.max_id = first
        .saturating_add(renumbered.len() as u32)
        .saturating_sub(1);
    doc.objects = renumbered;
}

/// Drops the objects nothing reachable from the trailer refers to.
pub fn prune(doc: &mut Document) {
    let mut queue = Vec::new();
    references(&Object::Dictionary(doc.trailer.clone()), &mut queue);
    let mut seen: HashSet<ObjectId> = HashSet::new();
    while let Some(id) = queue.pop() {
        if seen.insert(id)
            && let Some(object) = doc.objects.get(&id)
        {
            references(object, &mut queue);
        }
    }
    doc.objects.retain(|id, _| seen.contains(id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn renumbers_and_prunes_through_every_reference() {
        let mut doc = Document::with_version("1.7");
        let leaf = doc.add_object(dictionary! { "N" => 1 });
        let _orphan = doc.add_object(dictionary! { "N" => 2 });
        let nested = doc.add_object(Object::Array(vec![Object::Array(vec![leaf.into()])]));
        let root = doc.add_object(dictionary! { "Kids" => nested });
        doc.trailer.set("Root", root);
        prune(&mut doc);
        assert_eq!(doc.objects.len(), 3);
        renumber(&mut doc, 10);
        assert_eq!(doc.max_id, 12);
        let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let kids = doc.get_dictionary(root).unwrap().get(b"Kids").unwrap();
        let nested = doc.get_object(kids.as_reference().unwrap()).unwrap();
        let inner = &nested.as_array().unwrap()[0].as_array().unwrap()[0];
        assert_eq!(
            doc.get_dictionary(inner.as_reference().unwrap())
                .unwrap()
                .get(b"N")
                .unwrap(),
            &Object::Integer(1)
        );
    }
}
