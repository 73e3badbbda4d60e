// Generated from ONNX "cls.onnx" by burn-onnx
extern crate alloc;
use burn::nn::conv::Conv2d;
use burn::nn::conv::Conv2dConfig;
use burn::nn::pool::AdaptiveAvgPool2d;
use burn::nn::pool::AdaptiveAvgPool2dConfig;
use burn::nn::pool::MaxPool2d;
use burn::nn::pool::MaxPool2dConfig;
use burn::nn::Linear;
use burn::nn::LinearConfig;
use burn::nn::PaddingConfig2d;
use burn::prelude::*;

#[derive(Module, Debug)]
pub struct Submodule1 {
    constant115: burn::module::Param<Tensor<1, Int>>,
    conv2d1: Conv2d,
    constant40: burn::module::Param<Tensor<1>>,
    constant39: burn::module::Param<Tensor<1>>,
    conv2d2: Conv2d,
    conv2d3: Conv2d,
    globalaveragepool1: AdaptiveAvgPool2d,
    conv2d4: Conv2d,
    conv2d5: Conv2d,
    conv2d6: Conv2d,
    conv2d7: Conv2d,
    conv2d8: Conv2d,
    conv2d9: Conv2d,
    conv2d10: Conv2d,
    conv2d11: Conv2d,
    conv2d12: Conv2d,
    conv2d13: Conv2d,
    constant44: burn::module::Param<Tensor<1>>,
    constant43: burn::module::Param<Tensor<1>>,
    conv2d14: Conv2d,
    constant48: burn::module::Param<Tensor<1>>,
    constant47: burn::module::Param<Tensor<1>>,
    globalaveragepool2: AdaptiveAvgPool2d,
    conv2d15: Conv2d,
    conv2d16: Conv2d,
    conv2d17: Conv2d,
    conv2d18: Conv2d,
    constant52: burn::module::Param<Tensor<1>>,
    constant51: burn::module::Param<Tensor<1>>,
    conv2d19: Conv2d,
    constant56: burn::module::Param<Tensor<1>>,
    constant55: burn::module::Param<Tensor<1>>,
    globalaveragepool3: AdaptiveAvgPool2d,
    conv2d20: Conv2d,
    conv2d21: Conv2d,
    conv2d22: Conv2d,
    #[module(skip)]
    device: Device,
}
impl Submodule1 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let constant115: burn::module::Param<Tensor<1, Int>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1, Int>::zeros([1], (device, burn::tensor::DType::I32)),
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d1 = Conv2dConfig::new([3, 8], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant40: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant39: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d2 = Conv2dConfig::new([8, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d3 = Conv2dConfig::new([8, 8], [3, 3])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(8)
            .with_bias(true)
            .init(device);
        let globalaveragepool1 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d4 = Conv2dConfig::new([8, 2], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d5 = Conv2dConfig::new([2, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d6 = Conv2dConfig::new([8, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d7 = Conv2dConfig::new([8, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d8 = Conv2dConfig::new([24, 24], [3, 3])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(24)
            .with_bias(true)
            .init(device);
        let conv2d9 = Conv2dConfig::new([24, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d10 = Conv2dConfig::new([8, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d11 = Conv2dConfig::new([32, 32], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(32)
            .with_bias(true)
            .init(device);
        let conv2d12 = Conv2dConfig::new([32, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d13 = Conv2dConfig::new([8, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant44: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant43: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d14 = Conv2dConfig::new([32, 32], [5, 5])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(32)
            .with_bias(true)
            .init(device);
        let constant48: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant47: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool2 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d15 = Conv2dConfig::new([32, 8], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d16 = Conv2dConfig::new([8, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d17 = Conv2dConfig::new([32, 16], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d18 = Conv2dConfig::new([16, 88], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant52: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant51: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d19 = Conv2dConfig::new([88, 88], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(88)
            .with_bias(true)
            .init(device);
        let constant56: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant55: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool3 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d20 = Conv2dConfig::new([88, 22], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d21 = Conv2dConfig::new([22, 88], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d22 = Conv2dConfig::new([88, 16], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        Self {
            constant115,
            conv2d1,
            constant40,
            constant39,
            conv2d2,
            conv2d3,
            globalaveragepool1,
            conv2d4,
            conv2d5,
            conv2d6,
            conv2d7,
            conv2d8,
            conv2d9,
            conv2d10,
            conv2d11,
            conv2d12,
            conv2d13,
            constant44,
            constant43,
            conv2d14,
            constant48,
            constant47,
            globalaveragepool2,
            conv2d15,
            conv2d16,
            conv2d17,
            conv2d18,
            constant52,
            constant51,
            conv2d19,
            constant56,
            constant55,
            globalaveragepool3,
            conv2d20,
            conv2d21,
            conv2d22,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> (Tensor<4>, Tensor<1, Int>) {
        let constant115_out1 = self.constant115.val();
        let cast1_out1 = constant115_out1.cast(burn::tensor::DType::I64);
        let conv2d1_out1 = self.conv2d1.forward(x);
        let constant40_out1 = self.constant40.val();
        let add1_out1 = conv2d1_out1
            .clone()
            .add((constant40_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip1_out1 = add1_out1.clamp(0f64, 6f64);
        let mul1_out1 = conv2d1_out1.mul(clip1_out1);
        let constant39_out1 = self.constant39.val();
        let div1_out1 = mul1_out1.div((constant39_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d2_out1 = self.conv2d2.forward(div1_out1);
        let relu1_out1 = burn::tensor::activation::relu(conv2d2_out1);
        let conv2d3_out1 = self.conv2d3.forward(relu1_out1);
        let relu2_out1 = burn::tensor::activation::relu(conv2d3_out1);
        let globalaveragepool1_out1 = self.globalaveragepool1.forward(relu2_out1.clone());
        let conv2d4_out1 = self.conv2d4.forward(globalaveragepool1_out1);
        let relu3_out1 = burn::tensor::activation::relu(conv2d4_out1);
        let conv2d5_out1 = self.conv2d5.forward(relu3_out1);
        let hardsigmoid1_out1 = burn::tensor::activation::hard_sigmoid(conv2d5_out1, 0.20000000298023224, 0.5);
        let mul2_out1 = relu2_out1.mul(hardsigmoid1_out1);
        let conv2d6_out1 = self.conv2d6.forward(mul2_out1);
        let conv2d7_out1 = self.conv2d7.forward(conv2d6_out1);
        let relu4_out1 = burn::tensor::activation::relu(conv2d7_out1);
        let conv2d8_out1 = self.conv2d8.forward(relu4_out1);
        let relu5_out1 = burn::tensor::activation::relu(conv2d8_out1);
        let conv2d9_out1 = self.conv2d9.forward(relu5_out1);
        let conv2d10_out1 = self.conv2d10.forward(conv2d9_out1.clone());
        let relu6_out1 = burn::tensor::activation::relu(conv2d10_out1);
        let conv2d11_out1 = self.conv2d11.forward(relu6_out1);
        let relu7_out1 = burn::tensor::activation::relu(conv2d11_out1);
        let conv2d12_out1 = self.conv2d12.forward(relu7_out1);
        let add2_out1 = conv2d9_out1.add(conv2d12_out1);
        let conv2d13_out1 = self.conv2d13.forward(add2_out1);
        let constant44_out1 = self.constant44.val();
        let add3_out1 = conv2d13_out1
            .clone()
            .add((constant44_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip2_out1 = add3_out1.clamp(0f64, 6f64);
        let mul3_out1 = conv2d13_out1.mul(clip2_out1);
        let constant43_out1 = self.constant43.val();
        let div2_out1 = mul3_out1.div((constant43_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d14_out1 = self.conv2d14.forward(div2_out1);
        let constant48_out1 = self.constant48.val();
        let add4_out1 = conv2d14_out1
            .clone()
            .add((constant48_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip3_out1 = add4_out1.clamp(0f64, 6f64);
        let mul4_out1 = conv2d14_out1.mul(clip3_out1);
        let constant47_out1 = self.constant47.val();
        let div3_out1 = mul4_out1.div((constant47_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool2_out1 = self.globalaveragepool2.forward(div3_out1.clone());
        let conv2d15_out1 = self.conv2d15.forward(globalaveragepool2_out1);
        let relu8_out1 = burn::tensor::activation::relu(conv2d15_out1);
        let conv2d16_out1 = self.conv2d16.forward(relu8_out1);
        let hardsigmoid2_out1 = burn::tensor::activation::hard_sigmoid(conv2d16_out1, 0.20000000298023224, 0.5);
        let mul5_out1 = div3_out1.mul(hardsigmoid2_out1);
        let conv2d17_out1 = self.conv2d17.forward(mul5_out1);
        let conv2d18_out1 = self.conv2d18.forward(conv2d17_out1.clone());
        let constant52_out1 = self.constant52.val();
        let add5_out1 = conv2d18_out1
            .clone()
            .add((constant52_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip4_out1 = add5_out1.clamp(0f64, 6f64);
        let mul6_out1 = conv2d18_out1.mul(clip4_out1);
        let constant51_out1 = self.constant51.val();
        let div4_out1 = mul6_out1.div((constant51_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d19_out1 = self.conv2d19.forward(div4_out1);
        let constant56_out1 = self.constant56.val();
        let add6_out1 = conv2d19_out1
            .clone()
            .add((constant56_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip5_out1 = add6_out1.clamp(0f64, 6f64);
        let mul7_out1 = conv2d19_out1.mul(clip5_out1);
        let constant55_out1 = self.constant55.val();
        let div5_out1 = mul7_out1.div((constant55_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool3_out1 = self.globalaveragepool3.forward(div5_out1.clone());
        let conv2d20_out1 = self.conv2d20.forward(globalaveragepool3_out1);
        let relu9_out1 = burn::tensor::activation::relu(conv2d20_out1);
        let conv2d21_out1 = self.conv2d21.forward(relu9_out1);
        let hardsigmoid3_out1 = burn::tensor::activation::hard_sigmoid(conv2d21_out1, 0.20000000298023224, 0.5);
        let mul8_out1 = div5_out1.mul(hardsigmoid3_out1);
        let conv2d22_out1 = self.conv2d22.forward(mul8_out1);
        let add7_out1 = conv2d17_out1.add(conv2d22_out1);
        (add7_out1, cast1_out1)
    }
}
#[derive(Module, Debug)]
pub struct Submodule2 {
    conv2d23: Conv2d,
    constant60: burn::module::Param<Tensor<1>>,
    constant59: burn::module::Param<Tensor<1>>,
    conv2d24: Conv2d,
    constant64: burn::module::Param<Tensor<1>>,
    constant63: burn::module::Param<Tensor<1>>,
    globalaveragepool4: AdaptiveAvgPool2d,
    conv2d25: Conv2d,
    conv2d26: Conv2d,
    conv2d27: Conv2d,
    conv2d28: Conv2d,
    constant68: burn::module::Param<Tensor<1>>,
    constant67: burn::module::Param<Tensor<1>>,
    conv2d29: Conv2d,
    constant72: burn::module::Param<Tensor<1>>,
    constant71: burn::module::Param<Tensor<1>>,
    globalaveragepool5: AdaptiveAvgPool2d,
    conv2d30: Conv2d,
    conv2d31: Conv2d,
    conv2d32: Conv2d,
    conv2d33: Conv2d,
    constant76: burn::module::Param<Tensor<1>>,
    constant75: burn::module::Param<Tensor<1>>,
    conv2d34: Conv2d,
    constant80: burn::module::Param<Tensor<1>>,
    constant79: burn::module::Param<Tensor<1>>,
    globalaveragepool6: AdaptiveAvgPool2d,
    conv2d35: Conv2d,
    conv2d36: Conv2d,
    conv2d37: Conv2d,
    #[module(skip)]
    device: Device,
}
impl Submodule2 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d23 = Conv2dConfig::new([16, 88], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant60: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant59: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d24 = Conv2dConfig::new([88, 88], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(88)
            .with_bias(true)
            .init(device);
        let constant64: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant63: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool4 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d25 = Conv2dConfig::new([88, 22], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d26 = Conv2dConfig::new([22, 88], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d27 = Conv2dConfig::new([88, 16], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d28 = Conv2dConfig::new([16, 40], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant68: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant67: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d29 = Conv2dConfig::new([40, 40], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(40)
            .with_bias(true)
            .init(device);
        let constant72: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant71: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool5 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d30 = Conv2dConfig::new([40, 10], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d31 = Conv2dConfig::new([10, 40], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d32 = Conv2dConfig::new([40, 16], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d33 = Conv2dConfig::new([16, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant76: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant75: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d34 = Conv2dConfig::new([48, 48], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let constant80: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant79: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool6 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d35 = Conv2dConfig::new([48, 12], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d36 = Conv2dConfig::new([12, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d37 = Conv2dConfig::new([48, 16], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        Self {
            conv2d23,
            constant60,
            constant59,
            conv2d24,
            constant64,
            constant63,
            globalaveragepool4,
            conv2d25,
            conv2d26,
            conv2d27,
            conv2d28,
            constant68,
            constant67,
            conv2d29,
            constant72,
            constant71,
            globalaveragepool5,
            conv2d30,
            conv2d31,
            conv2d32,
            conv2d33,
            constant76,
            constant75,
            conv2d34,
            constant80,
            constant79,
            globalaveragepool6,
            conv2d35,
            conv2d36,
            conv2d37,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add7_out1: Tensor<4>) -> Tensor<4> {
        let conv2d23_out1 = self.conv2d23.forward(add7_out1.clone());
        let constant60_out1 = self.constant60.val();
        let add8_out1 = conv2d23_out1
            .clone()
            .add((constant60_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip6_out1 = add8_out1.clamp(0f64, 6f64);
        let mul9_out1 = conv2d23_out1.mul(clip6_out1);
        let constant59_out1 = self.constant59.val();
        let div6_out1 = mul9_out1.div((constant59_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d24_out1 = self.conv2d24.forward(div6_out1);
        let constant64_out1 = self.constant64.val();
        let add9_out1 = conv2d24_out1
            .clone()
            .add((constant64_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip7_out1 = add9_out1.clamp(0f64, 6f64);
        let mul10_out1 = conv2d24_out1.mul(clip7_out1);
        let constant63_out1 = self.constant63.val();
        let div7_out1 = mul10_out1.div((constant63_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool4_out1 = self.globalaveragepool4.forward(div7_out1.clone());
        let conv2d25_out1 = self.conv2d25.forward(globalaveragepool4_out1);
        let relu10_out1 = burn::tensor::activation::relu(conv2d25_out1);
        let conv2d26_out1 = self.conv2d26.forward(relu10_out1);
        let hardsigmoid4_out1 = burn::tensor::activation::hard_sigmoid(conv2d26_out1, 0.20000000298023224, 0.5);
        let mul11_out1 = div7_out1.mul(hardsigmoid4_out1);
        let conv2d27_out1 = self.conv2d27.forward(mul11_out1);
        let add10_out1 = add7_out1.add(conv2d27_out1);
        let conv2d28_out1 = self.conv2d28.forward(add10_out1.clone());
        let constant68_out1 = self.constant68.val();
        let add11_out1 = conv2d28_out1
            .clone()
            .add((constant68_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip8_out1 = add11_out1.clamp(0f64, 6f64);
        let mul12_out1 = conv2d28_out1.mul(clip8_out1);
        let constant67_out1 = self.constant67.val();
        let div8_out1 = mul12_out1.div((constant67_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d29_out1 = self.conv2d29.forward(div8_out1);
        let constant72_out1 = self.constant72.val();
        let add12_out1 = conv2d29_out1
            .clone()
            .add((constant72_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip9_out1 = add12_out1.clamp(0f64, 6f64);
        let mul13_out1 = conv2d29_out1.mul(clip9_out1);
        let constant71_out1 = self.constant71.val();
        let div9_out1 = mul13_out1.div((constant71_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool5_out1 = self.globalaveragepool5.forward(div9_out1.clone());
        let conv2d30_out1 = self.conv2d30.forward(globalaveragepool5_out1);
        let relu11_out1 = burn::tensor::activation::relu(conv2d30_out1);
        let conv2d31_out1 = self.conv2d31.forward(relu11_out1);
        let hardsigmoid5_out1 = burn::tensor::activation::hard_sigmoid(conv2d31_out1, 0.20000000298023224, 0.5);
        let mul14_out1 = div9_out1.mul(hardsigmoid5_out1);
        let conv2d32_out1 = self.conv2d32.forward(mul14_out1);
        let add13_out1 = add10_out1.add(conv2d32_out1);
        let conv2d33_out1 = self.conv2d33.forward(add13_out1.clone());
        let constant76_out1 = self.constant76.val();
        let add14_out1 = conv2d33_out1
            .clone()
            .add((constant76_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip10_out1 = add14_out1.clamp(0f64, 6f64);
        let mul15_out1 = conv2d33_out1.mul(clip10_out1);
        let constant75_out1 = self.constant75.val();
        let div10_out1 = mul15_out1.div((constant75_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d34_out1 = self.conv2d34.forward(div10_out1);
        let constant80_out1 = self.constant80.val();
        let add15_out1 = conv2d34_out1
            .clone()
            .add((constant80_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip11_out1 = add15_out1.clamp(0f64, 6f64);
        let mul16_out1 = conv2d34_out1.mul(clip11_out1);
        let constant79_out1 = self.constant79.val();
        let div11_out1 = mul16_out1.div((constant79_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool6_out1 = self.globalaveragepool6.forward(div11_out1.clone());
        let conv2d35_out1 = self.conv2d35.forward(globalaveragepool6_out1);
        let relu12_out1 = burn::tensor::activation::relu(conv2d35_out1);
        let conv2d36_out1 = self.conv2d36.forward(relu12_out1);
        let hardsigmoid6_out1 = burn::tensor::activation::hard_sigmoid(conv2d36_out1, 0.20000000298023224, 0.5);
        let mul17_out1 = div11_out1.mul(hardsigmoid6_out1);
        let conv2d37_out1 = self.conv2d37.forward(mul17_out1);
        let add16_out1 = add13_out1.add(conv2d37_out1);
        add16_out1
    }
}
#[derive(Module, Debug)]
pub struct Submodule3 {
    conv2d38: Conv2d,
    constant84: burn::module::Param<Tensor<1>>,
    constant83: burn::module::Param<Tensor<1>>,
    conv2d39: Conv2d,
    constant88: burn::module::Param<Tensor<1>>,
    constant87: burn::module::Param<Tensor<1>>,
    globalaveragepool7: AdaptiveAvgPool2d,
    conv2d40: Conv2d,
    conv2d41: Conv2d,
    conv2d42: Conv2d,
    conv2d43: Conv2d,
    constant92: burn::module::Param<Tensor<1>>,
    constant91: burn::module::Param<Tensor<1>>,
    conv2d44: Conv2d,
    constant96: burn::module::Param<Tensor<1>>,
    constant95: burn::module::Param<Tensor<1>>,
    globalaveragepool8: AdaptiveAvgPool2d,
    conv2d45: Conv2d,
    conv2d46: Conv2d,
    conv2d47: Conv2d,
    conv2d48: Conv2d,
    constant100: burn::module::Param<Tensor<1>>,
    constant99: burn::module::Param<Tensor<1>>,
    conv2d49: Conv2d,
    constant104: burn::module::Param<Tensor<1>>,
    constant103: burn::module::Param<Tensor<1>>,
    globalaveragepool9: AdaptiveAvgPool2d,
    conv2d50: Conv2d,
    conv2d51: Conv2d,
    conv2d52: Conv2d,
    conv2d53: Conv2d,
    constant108: burn::module::Param<Tensor<1>>,
    constant107: burn::module::Param<Tensor<1>>,
    maxpool2d1: MaxPool2d,
    globalaveragepool10: AdaptiveAvgPool2d,
    linear1: Linear,
    #[module(skip)]
    device: Device,
}
impl Submodule3 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let conv2d38 = Conv2dConfig::new([16, 104], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant84: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant83: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d39 = Conv2dConfig::new([104, 104], [5, 5])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(104)
            .with_bias(true)
            .init(device);
        let constant88: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant87: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool7 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d40 = Conv2dConfig::new([104, 26], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d41 = Conv2dConfig::new([26, 104], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d42 = Conv2dConfig::new([104, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d43 = Conv2dConfig::new([32, 200], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant92: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant91: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d44 = Conv2dConfig::new([200, 200], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(200)
            .with_bias(true)
            .init(device);
        let constant96: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant95: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool8 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d45 = Conv2dConfig::new([200, 50], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d46 = Conv2dConfig::new([50, 200], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d47 = Conv2dConfig::new([200, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d48 = Conv2dConfig::new([32, 200], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant100: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant99: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let conv2d49 = Conv2dConfig::new([200, 200], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(200)
            .with_bias(true)
            .init(device);
        let constant104: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant103: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool9 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d50 = Conv2dConfig::new([200, 50], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d51 = Conv2dConfig::new([50, 200], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d52 = Conv2dConfig::new([200, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d53 = Conv2dConfig::new([32, 200], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant108: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([3f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant107: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([6f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let maxpool2d1 = MaxPool2dConfig::new([2, 2])
            .with_strides([2, 2])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_ceil_mode(false)
            .init();
        let globalaveragepool10 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let linear1 = LinearConfig::new(200, 2).with_bias(true).init(device);
        Self {
            conv2d38,
            constant84,
            constant83,
            conv2d39,
            constant88,
            constant87,
            globalaveragepool7,
            conv2d40,
            conv2d41,
            conv2d42,
            conv2d43,
            constant92,
            constant91,
            conv2d44,
            constant96,
            constant95,
            globalaveragepool8,
            conv2d45,
            conv2d46,
            conv2d47,
            conv2d48,
            constant100,
            constant99,
            conv2d49,
            constant104,
            constant103,
            globalaveragepool9,
            conv2d50,
            conv2d51,
            conv2d52,
            conv2d53,
            constant108,
            constant107,
            maxpool2d1,
            globalaveragepool10,
            linear1,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add16_out1: Tensor<4>, cast1_out1: Tensor<1, Int>) -> Tensor<2> {
        let conv2d38_out1 = self.conv2d38.forward(add16_out1);
        let constant84_out1 = self.constant84.val();
        let add17_out1 = conv2d38_out1
            .clone()
            .add((constant84_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip12_out1 = add17_out1.clamp(0f64, 6f64);
        let mul18_out1 = conv2d38_out1.mul(clip12_out1);
        let constant83_out1 = self.constant83.val();
        let div12_out1 = mul18_out1.div((constant83_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d39_out1 = self.conv2d39.forward(div12_out1);
        let constant88_out1 = self.constant88.val();
        let add18_out1 = conv2d39_out1
            .clone()
            .add((constant88_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip13_out1 = add18_out1.clamp(0f64, 6f64);
        let mul19_out1 = conv2d39_out1.mul(clip13_out1);
        let constant87_out1 = self.constant87.val();
        let div13_out1 = mul19_out1.div((constant87_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool7_out1 = self.globalaveragepool7.forward(div13_out1.clone());
        let conv2d40_out1 = self.conv2d40.forward(globalaveragepool7_out1);
        let relu13_out1 = burn::tensor::activation::relu(conv2d40_out1);
        let conv2d41_out1 = self.conv2d41.forward(relu13_out1);
        let hardsigmoid7_out1 = burn::tensor::activation::hard_sigmoid(conv2d41_out1, 0.20000000298023224, 0.5);
        let mul20_out1 = div13_out1.mul(hardsigmoid7_out1);
        let conv2d42_out1 = self.conv2d42.forward(mul20_out1);
        let conv2d43_out1 = self.conv2d43.forward(conv2d42_out1.clone());
        let constant92_out1 = self.constant92.val();
        let add19_out1 = conv2d43_out1
            .clone()
            .add((constant92_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip14_out1 = add19_out1.clamp(0f64, 6f64);
        let mul21_out1 = conv2d43_out1.mul(clip14_out1);
        let constant91_out1 = self.constant91.val();
        let div14_out1 = mul21_out1.div((constant91_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d44_out1 = self.conv2d44.forward(div14_out1);
        let constant96_out1 = self.constant96.val();
        let add20_out1 = conv2d44_out1
            .clone()
            .add((constant96_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip15_out1 = add20_out1.clamp(0f64, 6f64);
        let mul22_out1 = conv2d44_out1.mul(clip15_out1);
        let constant95_out1 = self.constant95.val();
        let div15_out1 = mul22_out1.div((constant95_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool8_out1 = self.globalaveragepool8.forward(div15_out1.clone());
        let conv2d45_out1 = self.conv2d45.forward(globalaveragepool8_out1);
        let relu14_out1 = burn::tensor::activation::relu(conv2d45_out1);
        let conv2d46_out1 = self.conv2d46.forward(relu14_out1);
        let hardsigmoid8_out1 = burn::tensor::activation::hard_sigmoid(conv2d46_out1, 0.20000000298023224, 0.5);
        let mul23_out1 = div15_out1.mul(hardsigmoid8_out1);
        let conv2d47_out1 = self.conv2d47.forward(mul23_out1);
        let add21_out1 = conv2d42_out1.add(conv2d47_out1);
        let conv2d48_out1 = self.conv2d48.forward(add21_out1.clone());
        let constant100_out1 = self.constant100.val();
        let add22_out1 = conv2d48_out1
            .clone()
            .add((constant100_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip16_out1 = add22_out1.clamp(0f64, 6f64);
        let mul24_out1 = conv2d48_out1.mul(clip16_out1);
        let constant99_out1 = self.constant99.val();
        let div16_out1 = mul24_out1.div((constant99_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d49_out1 = self.conv2d49.forward(div16_out1);
        let constant104_out1 = self.constant104.val();
        let add23_out1 = conv2d49_out1
            .clone()
            .add((constant104_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip17_out1 = add23_out1.clamp(0f64, 6f64);
        let mul25_out1 = conv2d49_out1.mul(clip17_out1);
        let constant103_out1 = self.constant103.val();
        let div17_out1 = mul25_out1.div((constant103_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool9_out1 = self.globalaveragepool9.forward(div17_out1.clone());
        let conv2d50_out1 = self.conv2d50.forward(globalaveragepool9_out1);
        let relu15_out1 = burn::tensor::activation::relu(conv2d50_out1);
        let conv2d51_out1 = self.conv2d51.forward(relu15_out1);
        let hardsigmoid9_out1 = burn::tensor::activation::hard_sigmoid(conv2d51_out1, 0.20000000298023224, 0.5);
        let mul26_out1 = div17_out1.mul(hardsigmoid9_out1);
        let conv2d52_out1 = self.conv2d52.forward(mul26_out1);
        let add24_out1 = add21_out1.add(conv2d52_out1);
        let conv2d53_out1 = self.conv2d53.forward(add24_out1);
        let constant108_out1 = self.constant108.val();
        let add25_out1 = conv2d53_out1
            .clone()
            .add((constant108_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let clip18_out1 = add25_out1.clamp(0f64, 6f64);
        let mul27_out1 = conv2d53_out1.mul(clip18_out1);
        let constant107_out1 = self.constant107.val();
        let div18_out1 = mul27_out1.div((constant107_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let maxpool2d1_out1 = self.maxpool2d1.forward(div18_out1);
        let globalaveragepool10_out1 = self.globalaveragepool10.forward(maxpool2d1_out1);
        let shape1_out1: [i64; 4] = {
            let axes = &globalaveragepool10_out1.clone().dims()[0..4];
            let mut output = [0i64; 4];
            for i in 0..4 {
                output[i] = axes[i] as i64;
            }
            output
        };
        let slice1_out1: [i64; 1] = shape1_out1[0..1].try_into().unwrap();
        let concat1_out1: [i64; 2usize] = {
            let mut shape_parts = alloc::vec::Vec::with_capacity(2usize);
            shape_parts.extend_from_slice(&slice1_out1[..]);
            let tensor_data_1 = cast1_out1.cast(burn::tensor::DType::I64).to_data();
            shape_parts.extend(tensor_data_1.iter::<i64>());
            assert_eq!(
                shape_parts.len(),
                2usize,
                "Concat {}: expected {} shape elements, got {}",
                "concat1",
                2usize,
                shape_parts.len()
            );
            shape_parts.try_into().expect("length checked above")
        };
        let reshape1_out1 = globalaveragepool10_out1.reshape(concat1_out1);
        let linear1_out1 = self.linear1.forward(reshape1_out1);
        let softmax1_out1 = burn::tensor::activation::softmax(linear1_out1, 1);
        softmax1_out1
    }
}

#[derive(Module, Debug)]
pub struct Model {
    submodule1: Submodule1,
    submodule2: Submodule2,
    submodule3: Submodule3,
    #[module(skip)]
    device: Device,
}

impl Model {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let submodule1 = Submodule1::new(device);
        let submodule2 = Submodule2::new(device);
        let submodule3 = Submodule3::new(device);
        Self {
            submodule1,
            submodule2,
            submodule3,
            device: device.clone(),
        }
    }

    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<2> {
        let (add7_out1, cast1_out1) = self.submodule1.forward(x);
        let add16_out1 = self.submodule2.forward(add7_out1);
        let softmax1_out1 = self.submodule3.forward(add16_out1, cast1_out1);
        softmax1_out1
    }
}
