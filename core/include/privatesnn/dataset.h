// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Images as float N x C x H x W normalised to [-1, 1] (mean = std = 0.5) as the readers give them,
/// or as a model's InputSpec normalises them once loadDataSpec has loaded them for it; labels int64 N.
struct Dataset {
    at::Tensor images;
    at::Tensor labels;
    std::vector<std::string> classNames;
    std::string source; ///< the file(s) or folder it was read from
    /// How an image folder was read: which label mapping, which images were resized or converted.
    std::vector<std::string> notes;

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
    /// Items [begin, end) sharing storage with this set.
    Dataset slice(int64_t begin, int64_t end) const;
};

/// Converts 8-bit pixels N x C x H x W to float in [-1, 1]: the pixel readers' space, mean 0.5 and
/// std 0.5 (pixelSpace()), which loadDataSpec turns into the model's.
at::Tensor normalizeU8(const at::Tensor& u8);
InputSpec pixelSpace();

/// Images N x C x H x W normalised with `from` as `to` normalises them ((x01 - mean) / std per
/// channel); the same tensor when both normalise alike. A model imported with images in [0, 1]
/// (mean 0, std 1) and the lab's own in [-1, 1] then see the same pictures.
at::Tensor imagesInSpace(const at::Tensor& images, const InputSpec& from, const InputSpec& to);

/// IDX (MNIST / Fashion-MNIST) image and label files, gzip-compressed or plain.
Dataset readIdx(const std::string& imagesPath, const std::string& labelsPath,
                std::vector<std::string> classNames = {});

/// CIFAR-10 binary batches (1 label byte + 3072 pixel bytes per record). Class names come from
/// batches.meta.txt next to the first file when present.
Dataset readCifar10(const std::vector<std::string>& files);

/// CIFAR-100 binary files (coarse + fine label bytes + 3072 pixel bytes). fine = false reads the
/// 20 coarse labels. Names come from fine_label_names.txt / coarse_label_names.txt when present.
Dataset readCifar100(const std::vector<std::string>& files, bool fine = true);

/// How readImageFolder treats images unlike the requested input.
struct ImageFolderOptions {
    bool resize = true;       ///< false: an image of another size than height x width is an error
    bool convertColour = true; ///< false: a colour image for 1 channel (or grey for 3) is an error
};

/// One sub-folder per class (sorted with numbers compared by value, so cls2 < cls10; the folder names
/// are the class names, so loadDataSpec can match them to a model's), images read
/// with OpenCV. channels = 1 or 3; height/width = 0 keeps the size of the first image and requires
/// all others to match, otherwise every image is resized (or refused, see options). data.notes says
/// which label mapping was used and what was resized or converted.
Dataset readImageFolder(const std::string& root, int channels, int height = 0, int width = 0,
                        const ImageFolderOptions& options = {});

enum class Split { Train, Test };

/// Where the Fashion-MNIST files are: $PRIVATESNN_FASHION_MNIST or Debian's
/// /usr/share/datasets/fashion-mnist.
std::string fashionMnistDir();
std::vector<std::string> fashionMnistClassNames();
Dataset loadFashionMnist(Split split, const std::string& dir = fashionMnistDir());

/// A folder of IDX files, MNIST's names: train-images-idx3-ubyte and train-labels-idx1-ubyte for the
/// training split, t10k-* (or test-*) for the test split; '.' instead of the '-' before "idx" and a
/// .gz suffix are accepted. Class names come from DIR/classes.txt (one per line) when present,
/// else from fallbackNames, else "0", "1", ... Throws Error(FileNotFound) naming the files tried.
Dataset loadIdxFolder(const std::string& dir, Split split, const std::vector<std::string>& fallbackNames = {});
/// True when dir holds the images file of either split in the layout above.
bool isIdxFolder(const std::string& dir);
/// One class name per line (UTF-8; surrounding blanks and empty lines dropped). Throws Error if the
/// file cannot be read or names no class.
std::vector<std::string> readClassNamesFile(const std::string& path);

} // namespace psnn
