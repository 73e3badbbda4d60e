//! Finding volumes to enqueue: a directory tree `DIR/{w_id}/{i_id}/*.png` whose image lists
//! are hashed into etags, or a JSON Lines manifest that names them.
//!
//! A volume's etag is the first 16 hex digits of the SHA-256 over its sorted image list, one
//! `name\tsize\tsha256\n` line per image: any added, removed, renamed or changed image makes
//! a new etag, hence new work.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use folio_core::ids::{InvalidId, VolumeSpec};
use folio_core::manifest::ManifestError;
use folio_core::VolumeRef;
use sha2::{Digest, Sha256};

/// Extensions of page images, compared without case.
pub const IMAGE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "tif", "tiff"];
const LAYOUT: &str = "DIR/{w_id}/{i_id}/*.{png,jpg,jpeg,tif,tiff}";

#[derive(Debug, thiserror::Error)]
pub enum VolumeError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is not a directory: give a directory laid out as {LAYOUT}", path.display())]
    NotADirectory { path: PathBuf },
    #[error("{} holds no volumes: expected directories laid out as {LAYOUT}", path.display())]
    NoVolumes { path: PathBuf },
    #[error("{} holds page images directly: the layout is {LAYOUT}, so move them into an {{i_id}} directory", path.display())]
    MisplacedImages { path: PathBuf },
    #[error("volume directory {} has no page images ({}): add its images or remove the directory; nothing was enqueued", path.display(), IMAGE_EXTENSIONS.join(", "))]
    NoImages { path: PathBuf },
    #[error("work directory {} has no image-group directories: expected {LAYOUT}; nothing was enqueued", path.display())]
    NoImageGroups { path: PathBuf },
    #[error("{}: the directory name is not a valid id: {source}", path.display())]
    BadId {
        path: PathBuf,
        #[source]
        source: InvalidId,
    },
    #[error("manifest {} line {line}: {message}", path.display())]
    Manifest {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("manifest {} has no volumes: give one JSON object per line, e.g. {{\"w_id\": \"W1\", \"i_id\": \"I1\", \"etag\": \"3f2a\", \"nb_images\": 120}}", path.display())]
    EmptyManifest { path: PathBuf },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> VolumeError + '_ {
    move |source| VolumeError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// One `{w_id}/{i_id}` directory, found but not yet hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumeDir {
    pub w_id: String,
    pub i_id: String,
    pub dir: PathBuf,
}

fn is_image(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| IMAGE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Visible entries of a directory, sorted by name, as (name, path, is_dir, is_file).
fn entries(dir: &Path) -> Result<Vec<(String, PathBuf, bool, bool)>, VolumeError> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io_error(dir))? {
        let entry = entry.map_err(io_error(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Follows symlinks, so a tree of links to images on another disk works.
        let meta = std::fs::metadata(&path).map_err(io_error(&path))?;
        out.push((name, path, meta.is_dir(), meta.is_file()));
    }
    out.sort();
    Ok(out)
}

/// Lists the volume directories below `root`, refusing any that has no images: either every
/// volume is good or nothing is enqueued.
pub fn find_volume_dirs(root: &Path) -> Result<Vec<VolumeDir>, VolumeError> {
    if !root.is_dir() {
        return match std::fs::metadata(root) {
            Err(source) => Err(VolumeError::Io {
                path: root.to_path_buf(),
                source,
            }),
            Ok(_) => Err(VolumeError::NotADirectory {
                path: root.to_path_buf(),
            }),
        };
    }
    let mut found = Vec::new();
    for (w_id, w_dir, is_dir, is_file) in entries(root)? {
        if is_file && is_image(&w_id) {
            return Err(VolumeError::MisplacedImages {
                path: root.to_path_buf(),
            });
        }
        if !is_dir {
            continue;
        }
        folio_core::ids::validate_segment("w_id", &w_id).map_err(|source| VolumeError::BadId {
            path: w_dir.clone(),
            source,
        })?;
        let mut groups = 0;
        for (i_id, i_dir, is_dir, is_file) in entries(&w_dir)? {
            if is_file && is_image(&i_id) {
                return Err(VolumeError::MisplacedImages { path: w_dir });
            }
            if !is_dir {
                continue;
            }
            folio_core::ids::validate_segment("i_id", &i_id).map_err(|source| VolumeError::BadId {
                path: i_dir.clone(),
                source,
            })?;
            let has_images = entries(&i_dir)?
                .iter()
                .any(|(name, _, _, is_file)| *is_file && is_image(name));
            if !has_images {
                return Err(VolumeError::NoImages { path: i_dir });
            }
            groups += 1;
            found.push(VolumeDir {
                w_id: w_id.clone(),
                i_id,
                dir: i_dir,
            });
        }
        if groups == 0 {
            return Err(VolumeError::NoImageGroups { path: w_dir });
        }
    }
    if found.is_empty() {
        return Err(VolumeError::NoVolumes {
            path: root.to_path_buf(),
        });
    }
    Ok(found)
}

/// Hashes one volume's images into its etag and counts them.
pub fn hash_volume(v: &VolumeDir) -> Result<VolumeSpec, VolumeError> {
    let mut listing = String::new();
    let mut nb_images = 0i64;
    for (name, path, _, is_file) in entries(&v.dir)? {
        if !is_file || !is_image(&name) {
            continue;
        }
        let mut file = std::fs::File::open(&path).map_err(io_error(&path))?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut size = 0u64;
        loop {
            let n = file.read(&mut buf).map_err(io_error(&path))?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            size += n as u64;
        }
        listing.push_str(&format!("{name}\t{size}\t{}\n", hex::encode(hasher.finalize())));
        nb_images += 1;
    }
    if nb_images == 0 {
        return Err(VolumeError::NoImages { path: v.dir.clone() });
    }
    let etag = hex::encode(Sha256::digest(listing.as_bytes()))[..16].to_owned();
    let volume = VolumeRef::new(&v.w_id, &v.i_id, etag).map_err(|source| VolumeError::BadId {
        path: v.dir.clone(),
        source,
    })?;
    Ok(VolumeSpec { volume, nb_images })
}

/// Hashes every volume on `threads` threads, calling `progress` after each; the result keeps
/// the order of `dirs`.
pub fn hash_volumes(
    dirs: &[VolumeDir],
    threads: usize,
    progress: &(dyn Fn() + Sync),
) -> Result<Vec<VolumeSpec>, VolumeError> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<VolumeSpec, VolumeError>>>> =
        Mutex::new((0..dirs.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, dirs.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(dir) = dirs.get(i) else { break };
                let result = hash_volume(dir);
                let failed = result.is_err();
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
                progress();
                if failed {
                    // Stop the other threads early: the whole enqueue is refused anyway.
                    next.store(dirs.len(), Ordering::Relaxed);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut specs = Vec::with_capacity(dirs.len());
    for r in results.into_iter().flatten() {
        specs.push(r?);
    }
    Ok(specs)
}

/// Reads a JSON Lines manifest (see [`folio_core::manifest`]).
pub fn read_manifest(path: &Path) -> Result<Vec<VolumeSpec>, VolumeError> {
    let text = std::fs::read_to_string(path).map_err(io_error(path))?;
    folio_core::manifest::parse(&text).map_err(|e| match e {
        ManifestError::Line { line, message } => VolumeError::Manifest {
            path: path.to_path_buf(),
            line,
            message,
        },
        ManifestError::Empty => VolumeError::EmptyManifest {
            path: path.to_path_buf(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, body: &[u8]) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }

    fn scan(root: &Path) -> Result<Vec<VolumeSpec>, VolumeError> {
        hash_volumes(&find_volume_dirs(root)?, 2, &|| {})
    }

    #[test]
    fn volumes_are_found_counted_and_etagged_by_content() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(&root.join("W1/I1/0001.png"), b"page one");
        write(&root.join("W1/I1/0002.PNG"), b"page two");
        write(&root.join("W1/I1/0001.gt.txt"), b"ground truth is not an image");
        write(&root.join("W2/I9/a.TIFF"), b"tiff");
        write(&root.join("README.md"), b"not a volume");
        let specs = scan(root).unwrap();
        let got: Vec<_> = specs
            .iter()
            .map(|s| (s.volume.w_id.as_str(), s.volume.i_id.as_str(), s.nb_images))
            .collect();
        assert_eq!(got, [("W1", "I1", 2), ("W2", "I9", 1)]);
        assert_eq!(specs[0].volume.etag.len(), 16);
        let first = specs[0].volume.etag.clone();

        // The etag ignores non-images and follows the images' bytes.
        write(&root.join("W1/I1/0002.gt.txt"), b"more text");
        assert_eq!(scan(root).unwrap()[0].volume.etag, first);
        write(&root.join("W1/I1/0002.PNG"), b"page two, rescanned");
        assert_ne!(scan(root).unwrap()[0].volume.etag, first);
    }

    #[test]
    fn a_volume_without_images_is_named_and_refuses_the_whole_directory() {
        let tmp = tempfile::tempdir().unwrap();
        write(&tmp.path().join("W1/I1/0001.png"), b"p");
        write(&tmp.path().join("W2/I1/notes.txt"), b"no images here");
        let err = scan(tmp.path()).unwrap_err().to_string();
        let dir = tmp.path().join("W2/I1");
        assert!(
            err.starts_with(&format!("volume directory {} has no page images", dir.display())),
            "{err}"
        );
    }

    #[test]
    fn layout_mistakes_get_their_own_messages() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(matches!(scan(tmp.path()), Err(VolumeError::NoVolumes { .. })));
        write(&tmp.path().join("W1/0001.png"), b"p");
        assert!(matches!(scan(tmp.path()), Err(VolumeError::MisplacedImages { .. })));
        std::fs::remove_file(tmp.path().join("W1/0001.png")).unwrap();
        assert!(matches!(scan(tmp.path()), Err(VolumeError::NoImageGroups { .. })));
        write(&tmp.path().join("W1/I 1/0001.png"), b"p");
        let err = scan(tmp.path()).unwrap_err().to_string();
        assert!(
            err.contains("not a valid id") && err.contains("invalid i_id \"I 1\""),
            "{err}"
        );
        let missing = tmp.path().join("nope");
        assert!(matches!(scan(&missing), Err(VolumeError::Io { .. })));
    }

    #[test]
    fn manifests_skip_comments_and_name_the_bad_line() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("m.jsonl");
        let good = r#"{"w_id":"W1","i_id":"I1","etag":"e1","nb_images":3}"#;
        std::fs::write(&path, format!("# volumes\n{good}\n\n{}\n", good.replace("W1", "W2"))).unwrap();
        let specs = read_manifest(&path).unwrap();
        assert_eq!(specs.len(), 2);
        assert_eq!(specs[1].volume.w_id, "W2");

        for (bad, expected) in [
            (r#"{"w_id":"W1","i_id":"I1""#, "EOF while parsing"),
            (
                r#"{"w_id":"W1","i_id":"I1","etag":"e","nb_images":1,"x":2}"#,
                "unknown field `x`",
            ),
            (r#"{"w_id":"..","i_id":"I1","etag":"e","nb_images":1}"#, "invalid w_id"),
            (
                r#"{"w_id":"W","i_id":"I1","etag":"e","nb_images":-1}"#,
                "cannot be negative",
            ),
        ] {
            std::fs::write(&path, format!("{good}\n# c\n{bad}\n")).unwrap();
            let err = read_manifest(&path).unwrap_err().to_string();
            assert!(
                err.starts_with(&format!("manifest {} line 3: ", path.display())),
                "{err}"
            );
            assert!(err.contains(expected), "{err}");
        }
        std::fs::write(&path, "# nothing\n").unwrap();
        assert!(matches!(read_manifest(&path), Err(VolumeError::EmptyManifest { .. })));
    }
}
