//! `--shard I/N`: a stable share of a batch's inputs, so that N machines
//! (a CI matrix, a Kubernetes Indexed Job, GNU parallel, a Slurm array)
//! each take one share and together cover every input exactly once.

use std::path::Path;
use std::str::FromStr;

use sha2::Digest;

/// Share `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// Whether `path` belongs to this share. The path as found (with `/`
    /// between its parts) is hashed with SHA-256, so a file keeps its share
    /// whatever other files the folder holds and on whatever machine; every
    /// shard must be given the same PATHS, spelled the same way.
    pub fn contains(&self, path: &Path) -> bool {
        let text = path.to_string_lossy().replace('\\', "/");
        let digest = sha2::Sha256::digest(text.as_bytes());
        let value = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        value % self.count == self.index - 1
    }

    /// `manifest-2-av-8.json`: each share's manifest has its own name, so
    /// shares may write to one output folder.
    pub fn manifest_name(&self) -> String {
        format!("manifest-{}-av-{}.json", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}`: skriv andelen som I/N, t.ex. 2/8 (I från 1 till N)");
        let (index, count) = text.split_once('/').ok_or_else(bad)?;
        let index: u64 = index.trim().parse().map_err(|_| bad())?;
        let count: u64 = count.trim().parse().map_err(|_| bad())?;
        if count == 0 || index == 0 || index > count {
            return Err(bad());
        }
        Ok(Self { index, count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_is_in_exactly_one_share() {
        let paths: Vec<String> = (0..1000)
            .map(|i| format!("arkiv/{}/p{i}.pdf", i % 7))
            .collect();
        for count in [1, 2, 3, 8] {
            let mut sizes = vec![0; count as usize];
            for path in &paths {
                let owners: Vec<u64> = (1..=count)
                    .filter(|&index| Shard { index, count }.contains(Path::new(path)))
                    .collect();
                assert_eq!(owners.len(), 1, "{path} in {owners:?} of {count}");
                sizes[owners[0] as usize - 1] += 1;
            }
            // Shares are even enough to be worth splitting.
            let fair = 1000 / count as usize;
            assert!(sizes.iter().all(|&s| s > fair / 2), "{sizes:?}");
        }
    }

    #[test]
    fn shares_are_written_i_of_n() {
        assert_eq!("2/8".parse(), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/8", "9/8", "1/0", "2", "a/b", "-1/3"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
